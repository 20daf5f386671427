package dev.lockstep.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** What generated programs share: their includes, their globals, and how an entry point is written. */
final class Programs {

    private static final List<String> HEADERS = List.of("linux/module.h", "linux/kernel.h", "linux/spinlock.h",
            "linux/mutex.h", "linux/rwsem.h", "linux/semaphore.h", "linux/slab.h", "linux/rcupdate.h",
            "linux/delay.h", "linux/completion.h", "linux/kthread.h", "linux/interrupt.h", "linux/sched.h",
            "linux/seqlock.h", "linux/percpu.h", "linux/srcu.h", "linux/bug.h", "linux/atomic.h", "linux/timer.h",
            "linux/workqueue.h", "linux/rtmutex.h", "linux/local_lock.h", "linux/cleanup.h", "linux/list.h",
            "linux/rculist.h", "linux/preempt.h", "linux/irqflags.h", "asm/barrier.h", "linux/lockdep.h");

    /** One of each kind of lock and a few shared variables, under names the generators use. */
    static final String GLOBALS = """
            static DEFINE_SPINLOCK(lock_a);
            static DEFINE_SPINLOCK(lock_b);
            static DEFINE_RAW_SPINLOCK(raw_lock);
            static DEFINE_MUTEX(mtx);
            static DEFINE_RWLOCK(rwl);
            static DECLARE_RWSEM(rws);
            static DEFINE_SEMAPHORE(sem, 1);
            static DEFINE_SEQLOCK(seq);
            static DECLARE_COMPLETION(done);
            DEFINE_STATIC_SRCU(srcu);
            static atomic_t counter = ATOMIC_INIT(0);
            struct obj {
            	int value;
            	spinlock_t lock;
            	struct rcu_head rcu;
            };
            static struct obj __rcu *shared_obj;
            static int x, y, flag;
            static int *ptr;
            """;

    private Programs() {}

    /**
     * The includes: mostly none (the implicit prelude declares the whole API), sometimes every header
     * the generators need, sometimes a random few (calls of what they leave out are then errors).
     */
    static String includes(SplittableRandom random) {
        double p = random.nextDouble();
        if (p < 0.7) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String h : HEADERS) {
            if (p < 0.9 || random.nextBoolean()) {
                b.append("#include <").append(h).append(">\n");
            }
        }
        return b.append('\n').toString();
    }

    /** A program: includes, the shared globals, then {@code body}. */
    static String program(SplittableRandom random, String body) {
        return includes(random) + GLOBALS + "\n" + body;
    }

    /** An entry point of {@code context} ({@code __process}, {@code __hardirq(cpu = 0)}, ...) named {@code name}. */
    static String entry(String context, String name, String body) {
        return "static void " + context + " " + name + "(void)\n{\n" + body + "}\n\n";
    }

    /** A context annotation, with an argument now and then. */
    static String context(SplittableRandom random) {
        return Choices.one(random, "__process", "__process", "__process(instances = 2)", "__process(cpu = 1)",
                "__hardirq", "__hardirq(cpu = 0)", "__hardirq(times = 2)", "__softirq", "__tasklet", "__timer",
                "__nmi", "__nmi(cpu = 0)");
    }
}
