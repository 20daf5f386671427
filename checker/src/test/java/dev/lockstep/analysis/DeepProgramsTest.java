package dev.lockstep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs of a depth no one writes by hand, as generated code and the fuzzer make them: a chain of
 * hundreds of calls that take one lock at every seventh level, and a condition thousands of
 * {@code &&} long. Each recursive acquisition is reported once, at its site (not once per pair of
 * holders), and the completion dataflow gives the same answer as for a short condition.
 */
class DeepProgramsTest {

    private static final int LEVELS = 300;

    @TempDir
    Path dir;

    /** {@code f0} calls {@code f1} ... calls {@code f300}; every seventh level takes {@code lock_b} around its call. */
    private static String chain(String context) {
        StringBuilder b = new StringBuilder("#include <linux/spinlock.h>\nstatic DEFINE_SPINLOCK(lock_b);\nstatic int x;\n");
        b.append("static void f").append(LEVELS).append("(void)\n{\n\tx++;\n}\n");
        for (int i = LEVELS - 1; i >= 0; i--) {
            String call = "f" + (i + 1) + "();";
            b.append("static void f").append(i).append("(void)\n{\n\t")
                    .append(i % 7 == 3 ? "spin_lock(&lock_b); " + call + " spin_unlock(&lock_b);" : call).append("\n}\n");
        }
        return b.append("static void ").append(context).append(" top(void)\n{\n\tf0();\n}\n").toString();
    }

    private static int lockSites() {
        int sites = 0;
        for (int i = 0; i < LEVELS; i++) {
            sites += i % 7 == 3 ? 1 : 0;
        }
        return sites;
    }

    @Test
    void aLockTakenAgainAtEveryLevelOfALongChainIsReportedOncePerSite() throws IOException {
        List<Finding> found = CLint.run(dir, chain("__process"));
        List<Finding> recursive = found.stream().filter(f -> f.rule() == Rule.SELF_DEADLOCK).toList();
        Set<Integer> lines = new TreeSet<>();
        recursive.forEach(f -> lines.add(f.span().line()));
        assertEquals(lockSites() - 1, recursive.size(), Lint.describe(recursive));
        assertEquals(recursive.size(), lines.size(), "one finding per line: " + Lint.describe(recursive));
    }

    @Test
    void theSameChainInAnNmiHandler() throws IOException {
        String program = chain("__nmi") + "static void __process other(void)\n{\n\tspin_lock(&lock_b);\n\tx = 0;\n"
                + "\tspin_unlock(&lock_b);\n}\n";
        List<Finding> found = CLint.run(dir, program);
        long inNmi = found.stream().filter(f -> f.rule() == Rule.SELF_DEADLOCK
                && f.message().contains("is taken in NMI context")).count();
        assertEquals(lockSites(), inNmi, Lint.describe(found));
    }

    private static String completion(boolean otherwise) {
        String condition = "x" + " && x".repeat(2_000);
        return """
                #include <linux/module.h>
                #include <linux/completion.h>
                #include <linux/kthread.h>

                static DECLARE_COMPLETION(done);
                static int x;

                static int signaller(void *unused)
                {
                	if (%s)
                		complete(&done);
                %s	return 0;
                }

                static int waiter(void *unused)
                {
                	wait_for_completion(&done);%s
                	return 0;
                }

                static int __init start(void)
                {
                	kthread_run(signaller, NULL, "signaller");
                	kthread_run(waiter, NULL, "waiter");
                	return 0;
                }
                module_init(start);
                """.formatted(condition, otherwise ? "\telse\n\t\tcomplete(&done);\n" : "",
                otherwise ? "" : "\t// expect: deadlock");
    }

    @Test
    void aCompletionSignalledOnEveryPathOfAThousandBranchCondition() throws IOException {
        CLint.verify(dir, completion(true));
    }

    @Test
    void aCompletionSignalledOnSomePathsOfAThousandBranchCondition() throws IOException {
        CLint.verify(dir, completion(false));
    }
}
