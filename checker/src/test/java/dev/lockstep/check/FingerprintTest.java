package dev.lockstep.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.testing.Checks;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding's fingerprint follows it through edits that move or re-lay its code, and tells apart what differs. */
class FingerprintTest {

    @TempDir
    Path dir;

    private static final String PROGRAM = """
            #include <linux/spinlock.h>
            #include <linux/delay.h>
            static DEFINE_SPINLOCK(hw_lock);
            %s
            __process void reset(void)
            {
            	spin_lock(&hw_lock);
            	msleep(10);
            	msleep(10);
            	spin_unlock(&hw_lock);
            }

            __process void other(void)
            {
            	spin_lock(&hw_lock);
            	msleep(10);
            	spin_unlock(&hw_lock);
            }
            """;

    private List<Finding> check(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return Checks.check(file).result().findings().stream().filter(f -> f.rule() == Rule.SLEEP_IN_ATOMIC).toList();
    }

    @Test
    void insertingLinesAboveMovesTheLineButKeepsTheFingerprint() throws IOException {
        Path sample = RepoPaths.root().resolve("samples/irq/irq_spinlock_bug.c");
        List<String> lines = Files.readAllLines(sample);
        int afterIncludes = lines.lastIndexOf(lines.stream().filter(l -> l.startsWith("#include")).reduce((a, b) -> b)
                .orElseThrow()) + 1;
        List<String> edited = new java.util.ArrayList<>(lines);
        edited.addAll(afterIncludes, List.of("", "/* a counter added later */", "static int resets;", ""));
        Finding before = only(Checks.check(write("before.c", lines)).result().findings());
        Finding after = only(Checks.check(write("after.c", edited)).result().findings());
        assertEquals(before.span().line() + 4, after.span().line());
        assertEquals(before.fingerprint(), after.fingerprint());
        assertTrue(before.fingerprint().matches("[0-9a-f]{16}:1"), before.fingerprint());
    }

    @Test
    void layoutAndCommentsDoNotChangeIt() throws IOException {
        List<Finding> plain = check("plain.c", String.format(PROGRAM, ""));
        List<Finding> relaid = check("relaid.c", String.format(PROGRAM, "").replaceFirst("\tmsleep\\(10\\);",
                "\tmsleep( 10 ) ;   /* wait for the reset */"));
        assertEquals(plain.stream().map(Finding::fingerprint).toList(), relaid.stream().map(Finding::fingerprint).toList());
    }

    @Test
    void theSameStatementTwiceInAFunctionIsRankedAndAnotherFunctionDiffers() throws IOException {
        List<Finding> found = check("twice.c", String.format(PROGRAM, "static int unused;"));
        assertEquals(3, found.size(), found.toString());
        String first = found.get(0).fingerprint();
        String second = found.get(1).fingerprint();
        String other = found.get(2).fingerprint();
        assertEquals(first.substring(0, 16) + ":2", second, "same rule, function and statement: the next rank");
        assertNotEquals(first.substring(0, 16), other.substring(0, 16), "another function");
        assertTrue(other.endsWith(":1"));
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }
}
