package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress lines appear after a second, say what is explored, and stop when the run ends. */
class TerminalProgressTest {

    @Test
    void printsPlainLinesWhileARunLasts() throws InterruptedException {
        StringWriter err = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(err));
        p.started(3);
        p.exploring("a.c", "tso");
        p.explored(120);
        p.fileDone();
        Thread.sleep(1500);
        p.finished();
        String text = err.toString();
        assertTrue(text.startsWith("lockstep: "), text);
        assertTrue(text.contains(", 1/3 files, 120 executions ("), text);
        assertTrue(text.contains("exploring a.c (tso)"), text);
        int lines = text.split("\n").length;
        Thread.sleep(2500);
        assertTrue(err.toString().split("\n").length == lines, "no line after the run ended");
    }
}
