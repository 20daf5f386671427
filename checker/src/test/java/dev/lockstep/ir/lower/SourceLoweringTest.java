package dev.lockstep.ir.lower;

import static dev.lockstep.ir.lower.LoweringTest.insns;
import static dev.lockstep.ir.lower.LoweringTest.terminators;
import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.InputException;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.IrPrinter;
import dev.lockstep.ir.Terminator;
import dev.lockstep.sema.ContextKind;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lowering of kernel-style source through the real front end and the stdlib's macros. */
class SourceLoweringTest {

    private static final String HEADERS = """
            #include <linux/module.h>
            #include <linux/spinlock.h>
            #include <linux/mutex.h>
            #include <linux/interrupt.h>
            #include <linux/kthread.h>
            #include <linux/fs.h>
            #include <asm/barrier.h>
            """;

    @Test
    void lockClassesFromKernelLockExpressions() throws IOException, InputException {
        var c = Sources.compile(HEADERS + """
                struct dev { spinlock_t lock; struct mutex m; int count; };
                typedef struct { spinlock_t lock; } anon_t;
                static DEFINE_SPINLOCK(dev_lock);
                static spinlock_t locks[4];
                static void touch(struct dev *d, spinlock_t *l, int i, anon_t *a)
                {
                	spin_lock(&a->lock);
                	spin_unlock(&a->lock);
                	spin_lock(&dev_lock);
                	spin_lock(&d->lock);
                	spin_lock(&locks[i]);
                	spin_lock(l);
                	mutex_lock(&d->m);
                	d->count++;
                	mutex_unlock(&d->m);
                	spin_unlock(l);
                	spin_unlock(&locks[i]);
                	spin_unlock(&d->lock);
                	spin_unlock(&dev_lock);
                }
                """);
        Function f = c.program().functions().get("touch");
        List<String> classes = insns(f, Insn.Acquire.class).stream().map(Insn.Acquire::lockClass).toList();
        assertEquals(List.of("anon_t::lock", "dev_lock", "struct dev::lock", "locks[]", "spinlock_t *l",
                "struct dev::m"), classes, IrPrinter.print(f));
        assertEquals(Insn.LockKind.MUTEX, insns(f, Insn.Acquire.class).get(5).kind());
    }

    @Test
    void waitLoopOnReadOnceCollapses() throws IOException, InputException {
        var c = Sources.compile(HEADERS + """
                static int flag;
                static int data;
                static int consumer(void *unused)
                {
                	int r;
                	while (!READ_ONCE(flag))
                		cpu_relax();
                	r = data;
                	return r;
                }
                """);
        Function f = c.program().functions().get("consumer");
        assertEquals(1, insns(f, Insn.Await.class).size(), IrPrinter.print(f));
        assertTrue(terminators(f, Terminator.LoopBack.class).isEmpty());
    }

    @Test
    void registrationIdiomsGiveContexts() throws IOException, InputException {
        var c = Sources.compile(HEADERS + """
                static irqreturn_t isr(int irq, void *dev) { return IRQ_HANDLED; }
                static int worker(void *arg) { return 0; }
                static void shared_helper(void) { }
                static irqreturn_t isr2(int irq, void *dev) { shared_helper(); return IRQ_HANDLED; }
                static int worker2(void *arg) { shared_helper(); return 0; }
                static ssize_t dev_read(struct file *f, char __user *buf, size_t n, loff_t *off) { return 0; }
                static const struct file_operations fops = { .read = dev_read };
                static int __init setup(void)
                {
                	if (request_irq(3, isr, 0, "d", NULL))
                		return -EBUSY;
                	request_irq(4, isr2, 0, "d", NULL);
                	kthread_run(worker, NULL, "w");
                	kthread_run(worker2, NULL, "w2");
                	return 0;
                }
                module_init(setup);
                """);
        var m = c.model();
        assertTrue(m.contexts("isr").runsIn(ContextKind.HARDIRQ));
        assertTrue(m.contexts("worker").runsIn(ContextKind.PROCESS));
        assertTrue(m.contexts("dev_read").runsIn(ContextKind.PROCESS));
        assertTrue(m.contexts("setup").runsIn(ContextKind.INIT));
        assertEquals(List.of("isr2", "shared_helper"), m.contexts("shared_helper").chains().get(ContextKind.HARDIRQ));
        assertEquals(List.of("worker2", "shared_helper"), m.contexts("shared_helper").chains().get(ContextKind.PROCESS));
        Function setup = c.program().functions().get("setup");
        assertEquals(2, insns(setup, Insn.Register.class).size());
        assertEquals(2, insns(setup, Insn.Spawn.class).size());
        assertEquals(Insn.EntryKind.INIT, setup.contract().entries().get(0).kind());
    }

    @Test
    void semanticErrorsPointAtTheUsersLine() {
        InputException e = assertThrows(InputException.class, () -> Sources.compile(HEADERS + """
                struct dev { int a; };
                static void f(struct dev *d)
                {
                	spin_lock(&d->lock);
                }
                """));
        var d = e.diagnostics().get(0);
        assertEquals("no member named 'lock' in 'struct dev'", d.message());
        assertEquals(HEADERS.split("\n").length + 4, d.span().line());
    }

    @Test
    void localInitializersStoreEveryMember() throws IOException, InputException {
        var c = Sources.compile(HEADERS + """
                struct pair { int a; long b; };
                union u { int i; long l; };
                static struct pair g = { 1, 2 };
                static long f(void)
                {
                	int arr[3] = { 1 };
                	union u v = { .l = 3 };
                	struct pair copy = g;
                	return arr[2] + v.l + copy.b;
                }
                """);
        Function f = c.program().functions().get("f");
        String text = IrPrinter.print(f);
        assertEquals(3, insns(f, Insn.LocalObject.class).size(), text);
        assertEquals(List.of("l", "a", "a", "b", "b", "l", "b"),
                insns(f, Insn.FieldAddr.class).stream().map(Insn.FieldAddr::field).toList(), text);
        assertEquals(3 + 1 + 2, insns(f, Insn.Store.class).size(), text);
    }

    @Test
    void onlySideEffectFreeWaitsCollapse() throws IOException, InputException {
        var c = Sources.compile(HEADERS + """
                #include <linux/delay.h>
                static int flag;
                static int ready;
                static void waits(void)
                {
                	do {
                		cpu_relax();
                	} while (!smp_load_acquire(&flag));
                	for (; READ_ONCE(ready) == 0;)
                		;
                	while (!READ_ONCE(flag) && !READ_ONCE(ready))
                		barrier();
                }
                static void polls(void)
                {
                	while (!READ_ONCE(flag))
                		msleep(1);
                	while (READ_ONCE(ready) == 0)
                		ready++;
                }
                """);
        Function waits = c.program().functions().get("waits");
        assertEquals(3, insns(waits, Insn.Await.class).size(), IrPrinter.print(waits));
        assertEquals(Insn.Access.ACQUIRE, insns(waits, Insn.Load.class).get(0).access());
        assertTrue(terminators(waits, Terminator.LoopBack.class).isEmpty());
        Function polls = c.program().functions().get("polls");
        assertTrue(insns(polls, Insn.Await.class).isEmpty());
        assertEquals(2, terminators(polls, Terminator.LoopBack.class).size(), IrPrinter.print(polls));
    }

    @Test
    void annotationsAndSparseContractsFromSource() throws IOException, InputException {
        var c = Sources.compile(HEADERS + """
                struct dev { spinlock_t lock; int n; };
                static void grab(struct dev *d) __acquires(&d->lock)
                {
                	spin_lock(&d->lock);
                }
                static void bump(struct dev *d) __must_hold(&d->lock)
                {
                	d->n++;
                }
                static struct dev the_dev;
                __process(cpu = 1, instances = 2) void worker(void)
                {
                	grab(&the_dev);
                	bump(&the_dev);
                	spin_unlock(&the_dev.lock);
                }
                __irq(times = 3) void handler(void)
                {
                	bump(&the_dev);
                }
                """);
        var grab = c.program().functions().get("grab").contract();
        assertEquals(List.of("struct dev::lock"), grab.acquires());
        assertEquals(List.of("struct dev::lock"), c.program().functions().get("bump").contract().mustHold());
        assertEquals(List.of(new dev.lockstep.ir.Contract.EntryPoint(Insn.EntryKind.PROCESS, 1, 2, -1)),
                c.program().functions().get("worker").contract().entries());
        assertEquals(List.of(new dev.lockstep.ir.Contract.EntryPoint(Insn.EntryKind.HARDIRQ, -1, 1, 3)),
                c.program().functions().get("handler").contract().entries());
        assertEquals(List.of(ContextKind.PROCESS, ContextKind.HARDIRQ), List.copyOf(c.model().contexts("bump").kinds()));
    }
}
