package dev.lockstep.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The static rules over every sample: no static finding on a line without its expectation
 * (precision), and every expectation of a rule the static side decides is found (recall).
 */
class StaticSamplesTest {

    private static final Set<Rule> STATIC = EnumSet.of(Rule.SLEEP_IN_ATOMIC, Rule.WAIT_CONTEXT,
            Rule.PREEMPTIBLE_PERCPU, Rule.MISSING_IRQSAVE, Rule.MISSING_BH, Rule.IRQ_LOCK_INVERSION, Rule.SELF_DEADLOCK,
            Rule.LOCK_IMBALANCE, Rule.BAD_UNLOCK, Rule.IRQ_STATE_CLOBBER, Rule.RCU_UNPROTECTED, Rule.USE_AFTER_FREE,
            Rule.DEADLOCK);

    /**
     * Samples whose expectations only the explorer meets: lock implementations written with atomics
     * make no lock operation the static rules can see (their deadlocks are waits no write
     * satisfies), the static use-after-free rule judges frees against RCU readers, not a use
     * after a plain kfree (here one that a __free variable's cleanup runs on return), and a wait
     * that nothing ends depends on values, which the lock-order graph does not see (a flag no
     * thread sets, a semaphore whose initial count is 0, a lock its holder never releases because
     * it oopsed on a NULL pointer).
     */
    private static final List<String> EXPLORED_ONLY = List.of("lockimpl/", "guards/free_bug.c",
            "loops/wait_flag_bug.c", "semaphore/define_count_bug.c", "deadlock/oops_holding_lock_bug.c");

    @TestFactory
    Stream<DynamicTest> everySample() throws IOException {
        Path samples = RepoPaths.root().resolve("samples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(samples)) {
            files = walk.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(samples.relativize(f).toString(), () -> verify(f)));
    }

    private static void verify(Path file) throws IOException {
        List<Finding> fs = CLint.run(file);
        String source = Files.readString(file);
        TreeSet<String> expected = CLint.expectations(source);
        TreeSet<String> found = CLint.found(fs);
        for (String f : found) {
            assertTrue(expected.contains(f), "unexpected " + f + " in " + file + "\n" + Lint.describe(fs));
        }
        for (String e : expected) {
            Rule rule = Rule.byId(e.substring(0, e.indexOf('@')));
            String relative = RepoPaths.root().resolve("samples").relativize(file).toString().replace('\\', '/');
            if (STATIC.contains(rule) && EXPLORED_ONLY.stream().noneMatch(relative::startsWith)) {
                assertTrue(found.contains(e), "missing " + e + " in " + file + "\n" + Lint.describe(fs));
            }
        }
    }
}
