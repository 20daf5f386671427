package dev.lockstep.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Exploration;
import dev.lockstep.testing.Checks;
import dev.lockstep.testing.RepoPaths;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lock implementations of samples/lockimpl with two threads: every model visits as many
 * executions as GenMC's oracles count for its ticketlock and mcs_spinlock tests, and finds nothing.
 */
class LockImplCountsTest {

    @ParameterizedTest
    @CsvSource({"ticket_fix.c, 2", "mcs_fix.c, 6"})
    void executionsPerModelAreGenmcsCounts(String file, long executions) {
        Path sample = RepoPaths.root().resolve("samples/lockimpl").resolve(file);
        Checker.Outcome outcome = Checks.check(sample);
        assertEquals(java.util.List.of(), outcome.result().findings(), "a correct lock");
        assertEquals(dev.lockstep.memory.Models.names().size(), outcome.result().explorations().size(),
                "one exploration per model");
        for (Exploration e : outcome.result().explorations()) {
            assertTrue(e.complete(), e.model() + " complete");
            assertEquals(executions, e.executions(), file + " under " + e.model());
        }
    }
}
