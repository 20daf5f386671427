package dev.lockstep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: Debian's headless Chromium loads the page (with the network
 * off) and the rendered DOM shows the finding, the CPU swimlanes and the highlighted source.
 * CI installs {@code chromium}; without it this test fails and says so.
 */
class HtmlInChromiumTest {

    @TempDir
    Path dir;

    @Test
    void chromiumRendersFindingsAndSwimlanes() throws IOException, InterruptedException {
        Path chromium = Path.of("/usr/bin/chromium");
        assertTrue(Files.isExecutable(chromium), "chromium is not installed: apt-get install -y chromium");
        StringWriter html = new StringWriter();
        new HtmlReporter().write(ReportFormatsTest.sample(), html);
        Path page = dir.resolve("report.html");
        Files.writeString(page, html.toString());
        Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", page.toUri().toString()))
                .redirectError(dir.resolve("chromium.log").toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.log")));
        assertTrue(dom.contains("<h1>lockstep: 2 findings</h1>"), dom);
        assertTrue(dom.contains("<th>CPU 0</th>"), "a swimlane per CPU");
        assertTrue(dom.contains("class=\"hardirq\""), "the interrupt's step is coloured as hardirq");
        assertTrue(dom.contains("held: dev_lock"), "locks held along the way");
        assertTrue(dom.contains("fix: use spin_lock_irqsave"), "the fix");
    }
}
