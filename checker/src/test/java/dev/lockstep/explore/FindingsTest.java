package dev.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.memory.IncrementalScModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's findings on small kernel-style programs, through the real front end and stdlib. */
class FindingsTest {
    @TempDir
    Path dir;

    private ExplorationResult explore(String source) {
        return Explorer.explore(SourcePrograms.compile(dir, "t.c", source), new IncrementalScModel(),
                ExploreOptions.defaults());
    }

    private static List<Finding> of(ExplorationResult r, Rule rule) {
        return r.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    @Test
    void irqHandlerSpinningOnLockItsCpuHoldsIsSelfDeadlock() {
        ExplorationResult r = explore("""
                #include <linux/spinlock.h>
                #include <linux/interrupt.h>
                static DEFINE_SPINLOCK(dev_lock);
                static int count;
                static irqreturn_t isr(int irq, void *dev)
                {
                	spin_lock(&dev_lock);
                	count++;
                	spin_unlock(&dev_lock);
                	return IRQ_HANDLED;
                }
                __process void writer(void)
                {
                	spin_lock(&dev_lock);
                	count++;
                	spin_unlock(&dev_lock);
                }
                __init void setup(void)
                {
                	request_irq(1, isr, 0, "dev", NULL);
                }
                """);
        List<Finding> self = of(r, Rule.SELF_DEADLOCK);
        assertEquals(1, self.size(), r.findings().toString());
        Finding f = self.get(0);
        assertEquals(7, f.span().line());
        assertTrue(f.fix().contains("spin_lock_irqsave"), f.fix());
        assertFalse(f.trace().isEmpty());
        assertTrue(f.trace().stream().anyMatch(s -> s.context().equals("hardirq:isr")), f.trace().toString());
        assertTrue(of(r, Rule.DATA_RACE).isEmpty(), r.findings().toString());
    }

    @Test
    void irqsaveVersionIsClean() {
        ExplorationResult r = explore("""
                #include <linux/spinlock.h>
                #include <linux/interrupt.h>
                static DEFINE_SPINLOCK(dev_lock);
                static int count;
                static irqreturn_t isr(int irq, void *dev)
                {
                	spin_lock(&dev_lock);
                	count++;
                	spin_unlock(&dev_lock);
                	return IRQ_HANDLED;
                }
                __process void writer(void)
                {
                	unsigned long flags;
                	spin_lock_irqsave(&dev_lock, flags);
                	count++;
                	spin_unlock_irqrestore(&dev_lock, flags);
                }
                __init void setup(void)
                {
                	request_irq(1, isr, 0, "dev", NULL);
                }
                """);
        assertEquals(List.of(), r.findings());
        assertTrue(r.complete());
        assertTrue(r.executions() > 1);
    }

    @Test
    void abbaIsDeadlock() {
        ExplorationResult r = explore("""
                #include <linux/mutex.h>
                static DEFINE_MUTEX(a);
                static DEFINE_MUTEX(b);
                __process void one(void)
                {
                	mutex_lock(&a);
                	mutex_lock(&b);
                	mutex_unlock(&b);
                	mutex_unlock(&a);
                }
                __process void two(void)
                {
                	mutex_lock(&b);
                	mutex_lock(&a);
                	mutex_unlock(&a);
                	mutex_unlock(&b);
                }
                """);
        List<Finding> d = of(r, Rule.DEADLOCK);
        assertEquals(1, d.size(), r.findings().toString());
        assertTrue(d.get(0).message().contains("deadlock"), d.get(0).message());
        assertTrue(r.blocked() > 0);
    }

    @Test
    void deadlockOnALockHeldByACpuThatFaultedSaysWhereItStopped() {
        ExplorationResult r = explore("""
                #include <linux/mutex.h>
                struct dev { struct mutex m; int x; };
                static DEFINE_MUTEX(big);
                static struct dev *p;
                __process void a(void)
                {
                	mutex_lock(&big);
                	p->x = 1;
                	mutex_unlock(&big);
                }
                __process void b(void)
                {
                	mutex_lock(&big);
                	mutex_unlock(&big);
                }
                """);
        List<Finding> d = of(r, Rule.DEADLOCK);
        assertEquals(1, d.size(), r.findings().toString());
        assertTrue(d.get(0).message().contains("held by CPU 0 (process:a), which stopped on a NULL pointer"
                + " dereference at line 8"), d.get(0).message());
        assertEquals(List.of("8: CPU 0 (process:a) stopped here on a NULL pointer dereference, holding the lock"),
                d.get(0).related().stream().map(rel -> rel.span().line() + ": " + rel.message()).toList());
    }

    @Test
    void finalMemoriesAreRecordedOnlyWhenAsked() {
        var program = SourcePrograms.compile(dir, "t.c", """
                static int counter;
                __process(instances = 2) void inc(void)
                {
                	counter++;
                }
                """);
        ExplorationResult recorded = Explorer.explore(program, new IncrementalScModel(), ExploreOptions.defaults());
        ExplorationResult not = Explorer.explore(program, new IncrementalScModel(),
                ExploreOptions.defaults().withFinalStates(false));
        assertEquals(java.util.Set.of("counter=1;", "counter=2;"), recorded.finalStates());
        assertTrue(not.finalStates().isEmpty(), not.finalStates().toString());
        assertEquals(recorded.executions(), not.executions());
        assertEquals(recorded.findings(), not.findings());
    }

    @Test
    void unprotectedCounterIsDataRaceAndLockedOneIsNot() {
        ExplorationResult racy = explore("""
                static int counter;
                __process(instances = 2) void inc(void)
                {
                	counter++;
                }
                """);
        assertEquals(1, of(racy, Rule.DATA_RACE).size(), racy.findings().toString());
        assertTrue(racy.finalStates().contains("counter=1;"), racy.finalStates().toString());
        ExplorationResult locked = explore("""
                #include <linux/spinlock.h>
                static DEFINE_SPINLOCK(l);
                static int counter;
                __process(instances = 2) void inc(void)
                {
                	spin_lock(&l);
                	counter++;
                	spin_unlock(&l);
                }
                """);
        assertEquals(List.of(), locked.findings());
        assertEquals(java.util.Set.of("counter=2;"), locked.finalStates());
    }

    @Test
    void sleepingUnderSpinlockAndFailedAssertion() {
        ExplorationResult r = explore("""
                #include <linux/spinlock.h>
                #include <linux/delay.h>
                #include <linux/bug.h>
                static DEFINE_SPINLOCK(l);
                static int x;
                __process void p(void)
                {
                	spin_lock(&l);
                	msleep(10);
                	x = 1;
                	spin_unlock(&l);
                }
                __process void q(void)
                {
                	int v;
                	spin_lock(&l);
                	v = x;
                	spin_unlock(&l);
                	BUG_ON(v == 1);
                }
                """);
        List<Finding> sleep = of(r, Rule.SLEEP_IN_ATOMIC);
        assertEquals(1, sleep.size(), r.findings().toString());
        assertEquals(9, sleep.get(0).span().line());
        assertEquals(1, of(r, Rule.ASSERTION).size(), r.findings().toString());
    }

    private static String rcu(String beforeFree) {
        return """
                #include <linux/rcupdate.h>
                #include <linux/slab.h>
                struct item { int v; };
                static struct item *gp;
                __init void setup(void)
                {
                	gp = kmalloc(sizeof(*gp), GFP_KERNEL);
                }
                __process void reader(void)
                {
                	struct item *p;
                	int v = 0;
                	rcu_read_lock();
                	p = rcu_dereference(gp);
                	if (p)
                		v = p->v;
                	rcu_read_unlock();
                }
                __process void updater(void)
                {
                	struct item *old = gp;
                	rcu_assign_pointer(gp, NULL);
                """ + beforeFree + """
                	kfree(old);
                }
                """;
    }

    @Test
    void kfreeWithoutGracePeriodIsUseAfterFree() {
        ExplorationResult broken = explore(rcu(""));
        List<Finding> uaf = of(broken, Rule.USE_AFTER_FREE);
        assertEquals(1, uaf.size(), broken.findings().toString());
        assertEquals(16, uaf.get(0).span().line());
        ExplorationResult fixed = explore(rcu("\tsynchronize_rcu();\n"));
        assertEquals(List.of(), of(fixed, Rule.USE_AFTER_FREE), fixed.findings().toString());
        assertTrue(fixed.complete());
    }

    @Test
    void aFailedCheckComesInItsTraceAfterTheReadsItDependsOn() {
        ExplorationResult r = explore("""
                #include <linux/spinlock.h>
                #include <linux/lockdep.h>
                #include <linux/bug.h>
                static DEFINE_SPINLOCK(l);
                static int x, y;
                __process void a(void)
                {
                	if (READ_ONCE(x) == 0)
                		lockdep_assert_held(&l);
                }
                __process void b(void)
                {
                	WRITE_ONCE(y, 1);
                	BUG_ON(READ_ONCE(x) == 0);
                }
                """);
        List<Finding> failed = of(r, Rule.ASSERTION);
        assertEquals(List.of(9, 14), failed.stream().map(f -> f.span().line()).toList(), r.findings().toString());
        for (Finding f : failed) {
            List<String> lines = f.trace().stream().map(s -> s.span().line() + ": " + s.action()).toList();
            int read = lines.indexOf((f.span().line() == 9 ? 8 : 14) + ": READ_ONCE(x) == 0");
            int failure = lines.indexOf(f.span().line() + ": " + f.message());
            assertTrue(read >= 0 && failure == read + 1, lines.toString());
        }
        assertEquals("take l before this point", failed.get(0).fix());
    }
}
