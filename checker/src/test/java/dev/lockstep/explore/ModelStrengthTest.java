package dev.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.ir.Program;
import dev.lockstep.memory.Models;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The models' strength order on generated programs: every final state that sc reaches, tso
 * reaches, and every one that tso reaches, arm reaches.
 */
class ModelStrengthTest {

    @TestFactory
    Stream<DynamicTest> scWithinTsoWithinArm() {
        return IntStream.range(0, 200).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Program p = DifferentialTest.generate(new Random(seed));
            SortedSet<String> sc = states(p, "sc");
            SortedSet<String> tso = states(p, "tso");
            SortedSet<String> arm = states(p, "arm");
            assertTrue(tso.containsAll(sc), "sc reaches what tso does not, seed " + seed + ": " + missing(sc, tso));
            assertTrue(arm.containsAll(tso), "tso reaches what arm does not, seed " + seed + ": " + missing(tso, arm));
        }));
    }

    private static SortedSet<String> states(Program p, String model) {
        ExplorationResult r = Explorer.explore(p, Models.byName(model).orElseThrow(), ExploreOptions.defaults());
        assertTrue(r.complete(), model + " exploration completes");
        return r.finalStates();
    }

    private static SortedSet<String> missing(SortedSet<String> stronger, SortedSet<String> weaker) {
        SortedSet<String> out = new TreeSet<>(stronger);
        out.removeAll(weaker);
        return out;
    }
}
