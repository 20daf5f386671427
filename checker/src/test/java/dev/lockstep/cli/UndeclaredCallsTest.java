package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A call of a function nothing declares: an error naming the header the stdlib defines it in, else a warning. */
class UndeclaredCallsTest {

    @TempDir
    Path dir;

    @Test
    void aKernelApiWithoutItsHeaderIsAnErrorNamingTheHeader() throws IOException {
        Path file = dir.resolve("forgot.c");
        Files.writeString(file, "#include <linux/compiler.h>\nint x;\n__process void p(void)\n{\n\tBUG_ON(READ_ONCE(x));\n}\n");
        CliRun run = CliRun.of("check", "--model", "sc", file.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("forgot.c:5:2: error: call to undeclared function 'BUG_ON'; it is defined in "
                + "<linux/bug.h>: add #include <linux/bug.h>"), run.out());
    }

    @Test
    void aFunctionTheStdlibDoesNotKnowIsAWarningAndAnExternalCall() throws IOException {
        Path file = dir.resolve("external.c");
        Files.writeString(file, "#include <linux/compiler.h>\n__process void p(void)\n{\n\tmy_board_poke(3);\n}\n");
        CliRun run = CliRun.of("check", "--model", "sc", file.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("external.c:4:2: warning: call to undeclared function 'my_board_poke': lockstep "
                + "treats it as an external call with no effect"), run.out());
    }
}
