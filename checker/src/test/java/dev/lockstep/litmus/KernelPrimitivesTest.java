package dev.lockstep.litmus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.memory.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Primitives the shared suite does not use, through the real front end and the stdlib's litmus prelude. */
class KernelPrimitivesTest {

    @TempDir
    Path dir;

    private List<String> verdicts(String name, String body) throws Exception {
        Path file = dir.resolve(name + ".litmus");
        Files.writeString(file, "C " + name + "\n\n{}\n\n" + body);
        return LitmusTests.run(file, Models.all()).stream()
                .map(LitmusResult::verdict).toList();
    }

    @Test
    void irqsaveLocksOrderLikeLocks() throws Exception {
        assertEquals(List.of("forbidden", "forbidden", "forbidden", "forbidden"), verdicts("MP+irqsavelocks", """
                P0(int *x, int *y, spinlock_t *l)
                {
                	unsigned long flags;

                	spin_lock_irqsave(l, flags);
                	WRITE_ONCE(*x, 1);
                	WRITE_ONCE(*y, 1);
                	spin_unlock_irqrestore(l, flags);
                }

                P1(int *x, int *y, spinlock_t *l)
                {
                	unsigned long flags;
                	int r0;
                	int r1;

                	spin_lock_irqsave(l, flags);
                	r0 = READ_ONCE(*y);
                	r1 = READ_ONCE(*x);
                	spin_unlock_irqrestore(l, flags);
                }

                exists (1:r0=1 /\\ 1:r1=0)
                """));
    }

    @Test
    void relaxedXchgDoesNotOrderButReleaseAcquireDoes() throws Exception {
        String relaxed = """
                P0(int *x, int *y)
                {
                	int r9;

                	WRITE_ONCE(*x, 1);
                	r9 = xchg_relaxed(y, 1);
                }

                P1(int *x, int *y)
                {
                	int r0;
                	int r1;

                	r0 = READ_ONCE(*y);
                	r1 = READ_ONCE(*x);
                }

                exists (1:r0=1 /\\ 1:r1=0)
                """;
        assertEquals(List.of("forbidden", "forbidden", "allowed", "allowed"), verdicts("MP+xchgrelaxed", relaxed));
        String ordered = relaxed.replace("xchg_relaxed(y, 1)", "xchg_release(y, 1)")
                .replace("r0 = READ_ONCE(*y);", "r0 = smp_load_acquire(y);");
        assertEquals(List.of("forbidden", "forbidden", "forbidden", "forbidden"), verdicts("MP+xchgrelease", ordered));
    }

    @Test
    void fetchAddReturnsTheOldValueAndIsAtomic() throws Exception {
        assertEquals(List.of("forbidden", "forbidden", "forbidden", "forbidden"), verdicts("2+fetchadd", """
                P0(atomic_t *v)
                {
                	int r0;

                	r0 = atomic_fetch_add_relaxed(2, v);
                }

                P1(atomic_t *v)
                {
                	int r0;

                	r0 = atomic_fetch_add_relaxed(2, v);
                }

                exists (0:r0=0 /\\ 1:r0=0)
                """));
    }

    @Test
    void countersHaveOneExecutionPerOrderOfTheIncrements() throws Exception {
        String process = """
                P%d(atomic_t *v)
                {
                	int r0;
                	int r1;

                	r0 = atomic_inc_return(v);
                	r1 = atomic_inc_return(v);
                }

                """;
        Path file = dir.resolve("3x2inc.litmus");
        Files.writeString(file, "C 3x2inc\n\n{}\n\n" + process.formatted(0) + process.formatted(1)
                + process.formatted(2) + "exists (v=6)\n");
        List<LitmusResult> results = LitmusTests.run(file, Models.all());
        assertEquals(List.of(90L, 90L, 90L, 90L), results.stream().map(LitmusResult::executions).toList());
        assertEquals(List.of(0L, 0L, 0L, 0L), results.stream().map(LitmusResult::negative).toList());
    }
}
