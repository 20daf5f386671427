package dev.lockstep.litmus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.memory.Models;
import dev.lockstep.testing.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Final states, execution counts and the herd7 text form on tests of the shared suite. */
class HerdStatesTest {

    private static final Path LINUX = RepoPaths.shared().resolve("litmus").resolve("linux");

    private static List<LitmusResult> run(String name) throws Exception {
        return LitmusTests.run(LINUX.resolve(name + ".litmus"), Models.all());
    }

    private static List<Integer> stateCounts(List<LitmusResult> results) {
        return results.stream().map(r -> r.states().size()).toList();
    }

    @Test
    void storeBufferingShowsItsFourthStateOnlyOnWeakModels() throws Exception {
        List<LitmusResult> results = run("SB+poonceonces");
        assertEquals(List.of(3, 4, 4, 4), stateCounts(results));
        assertEquals(List.of("0:r0=0; 1:r0=0;", "0:r0=0; 1:r0=1;", "0:r0=1; 1:r0=0;", "0:r0=1; 1:r0=1;"),
                results.get(1).states());
        assertEquals("exists (0:r0=0 /\\ 1:r0=0)", results.get(1).condition());
        assertEquals(1, results.get(1).positive());
    }

    @Test
    void independentReadsShowSixteenStatesOnArmOnly() throws Exception {
        assertEquals(List.of(15, 15, 16, 16), stateCounts(run("IRIW+poonceonces+OnceOnce")));
    }

    @Test
    void locationsOfTheConditionAndTheLocationsClauseArePrinted() throws Exception {
        List<LitmusResult> results = run("SB+rfionceonce-poonceonces");
        assertTrue(results.get(2).states().stream().allMatch(s -> s.startsWith("0:r1=1; 0:r2=") && s.contains(" x=1; y=1;")),
                () -> results.get(2).states().toString());
    }

    @Test
    void herdTextForm() throws Exception {
        LitmusResult sc = run("SB+poonceonces").get(0);
        String text = HerdText.format(sc);
        assertTrue(text.startsWith("Test SB+poonceonces Allowed\nStates 3\n0:r0=0; 1:r0=1;\n"), text);
        assertTrue(text.contains("\nNo\nWitnesses\nPositive: 0 Negative: 3\n"), text);
        assertTrue(text.contains("\nObservation SB+poonceonces Never 0 3\n"), text);
    }
}
