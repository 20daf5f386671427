package dev.lockstep.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated programs with one of the bugs the checker reports, written the ways it can be written:
 * unlocks without locks, double frees, NULL dereferences, uses after free, interrupt handlers that
 * block, locks in NMI, RCU misuse, and interrupt and preemption state left wrong.
 */
final class BugShapes {

    private BugShapes() {}

    /** Each shape, named for the failure message. */
    static final List<Shape> ALL = List.of(
            new Shape("unlock without lock", BugShapes::unlockWithoutLock),
            new Shape("double kfree", BugShapes::doubleFree),
            new Shape("NULL dereference", BugShapes::nullDereference),
            new Shape("use after free", BugShapes::useAfterFree),
            new Shape("blocking interrupt handler", BugShapes::blockingHandler),
            new Shape("locks in NMI", BugShapes::nmiLocks),
            new Shape("RCU misuse", BugShapes::rcuMisuse),
            new Shape("context state left wrong", BugShapes::contextLeak));

    private static String unlockWithoutLock(SplittableRandom r) {
        String unlock = Choices.one(r, "spin_unlock(&lock_a);", "spin_unlock_bh(&lock_a);", "spin_unlock_irq(&lock_a);",
                "spin_unlock_irqrestore(&lock_a, flags);", "raw_spin_unlock(&raw_lock);", "mutex_unlock(&mtx);",
                "read_unlock(&rwl);", "write_unlock(&rwl);", "up_read(&rws);", "up_write(&rws);", "up(&sem);",
                "write_sequnlock(&seq);", "rcu_read_unlock();", "srcu_read_unlock(&srcu, 0);", "local_irq_enable();",
                "local_bh_enable();", "preempt_enable();", "local_irq_restore(flags);", "spin_unlock(&mtx);",
                "mutex_unlock(&lock_a);", "spin_unlock(NULL);", "spin_unlock((spinlock_t *)ptr);",
                "spin_unlock(&shared_obj->lock);", "spin_lock(&lock_a); spin_unlock(&lock_a); spin_unlock(&lock_a);",
                "mutex_lock(&mtx); mutex_unlock(&mtx); mutex_unlock(&mtx);", "down_read(&rws); up_write(&rws);",
                "spin_lock(&lock_a); spin_unlock(&lock_b);", "read_lock(&rwl); write_unlock(&rwl);");
        String flags = Choices.one(r, "unsigned long flags;", "unsigned long flags = 0;", "unsigned long flags = 512;");
        String repeat = Choices.chance(r, 0.2) ? "for (int i = 0; i < 3; i++)\n\t\t" : "";
        return Programs.program(r, Programs.entry(Programs.context(r), "unlocker", "\t" + flags + "\n\t" + repeat + unlock
                + "\n\tx++;\n") + (Choices.chance(r, 0.5) ? Programs.entry("__process", "locker",
                "\tspin_lock(&lock_a);\n\tmutex_lock(&mtx);\n\ty++;\n") : ""));
    }

    private static String doubleFree(SplittableRandom r) {
        String body = Choices.one(r,
                "\tint *p = kmalloc(sizeof(int), GFP_KERNEL);\n\tkfree(p);\n\tkfree(p);\n",
                "\tkfree(NULL);\n\tkfree(NULL);\n",
                "\tkfree(&x);\n",
                "\tint local;\n\tkfree(&local);\n",
                "\tint *p = kmalloc(8, GFP_KERNEL);\n\tkfree(p + 1);\n",
                "\tstruct obj *o = kzalloc(sizeof(*o), GFP_KERNEL);\n\tkfree_rcu(o, rcu);\n\tkfree(o);\n",
                "\tkfree(ptr);\n",
                "\tint *p = kmalloc(4, GFP_ATOMIC);\n\tif (!p)\n\t\treturn;\n\tptr = p;\n\tkfree(p);\n\tkfree(ptr);\n",
                "\tvoid *p = kmalloc(16, GFP_KERNEL);\n\tkfree(p);\n\tvfree(p);\n",
                "\tint *p = kmalloc(4, GFP_KERNEL);\n\tfor (int i = 0; i < 4; i++)\n\t\tkfree(p);\n");
        String racing = Choices.chance(r, 0.4)
                ? Programs.entry("__process", "other_freer", "\tkfree(ptr);\n")
                        + Programs.entry("__init", "setup", "\tptr = kmalloc(4, GFP_KERNEL);\n")
                : "";
        return Programs.program(r, Programs.entry(Programs.context(r), "freer", body) + racing);
    }

    private static String nullDereference(SplittableRandom r) {
        String body = Choices.one(r,
                "\tint *p = NULL;\n\t*p = 1;\n",
                "\tstruct obj *o = NULL;\n\to->value++;\n",
                "\tstruct obj *o = NULL;\n\tspin_lock(&o->lock);\n\tspin_unlock(&o->lock);\n",
                "\tspin_lock(NULL);\n",
                "\tmutex_lock(NULL);\n",
                "\tvoid (*fn)(void) = NULL;\n\tfn();\n",
                "\t*(int *)0x10 = 1;\n",
                "\tint *p = ERR_PTR(-ENOMEM);\n\tx = *p;\n",
                "\tx = ptr[1000000];\n",
                "\tx = *ptr;\n\tptr = NULL;\n",
                "\tstruct obj *o = rcu_dereference_protected(shared_obj, 1);\n\to->value = 2;\n",
                "\tatomic_inc((atomic_t *)NULL);\n",
                "\tWRITE_ONCE(*(int *)NULL, 1);\n",
                "\tx = READ_ONCE(*ptr);\n");
        return Programs.program(r, Programs.entry(Programs.context(r), "dereferencer", body));
    }

    private static String useAfterFree(SplittableRandom r) {
        String body = Choices.one(r,
                "\tint *p = kmalloc(sizeof(int), GFP_KERNEL);\n\tkfree(p);\n\t*p = 1;\n",
                "\tstruct obj *o = kzalloc(sizeof(*o), GFP_KERNEL);\n\tkfree(o);\n\tspin_lock(&o->lock);\n"
                        + "\tspin_unlock(&o->lock);\n",
                "\tstruct obj *o = kzalloc(sizeof(*o), GFP_KERNEL);\n\trcu_assign_pointer(shared_obj, o);\n\tkfree(o);\n",
                "\tptr = kmalloc(4, GFP_KERNEL);\n\tkfree(ptr);\n\tx = READ_ONCE(*ptr);\n",
                "\tstruct obj *o = kzalloc(sizeof(*o), GFP_KERNEL);\n\tkfree(o);\n\tkfree_rcu(o, rcu);\n");
        String reader = Choices.chance(r, 0.5) ? Programs.entry("__process", "reader",
                "\tstruct obj *o;\n\trcu_read_lock();\n\to = rcu_dereference(shared_obj);\n\tif (o)\n\t\tx = o->value;\n"
                        + "\trcu_read_unlock();\n") : "";
        return Programs.program(r, Programs.entry(Programs.context(r), "freer", body) + reader);
    }

    private static String blockingHandler(SplittableRandom r) {
        String block = Choices.one(r, "mutex_lock(&mtx);\n\tmutex_unlock(&mtx);", "msleep(10);", "schedule();",
                "wait_for_completion(&done);", "ptr = kmalloc(64, GFP_KERNEL);", "synchronize_rcu();", "down(&sem);",
                "down_read(&rws);\n\tup_read(&rws);", "might_sleep();", "synchronize_srcu(&srcu);", "cond_resched();",
                "udelay(1000000);", "ssleep(1);", "copy_from_user(&x, ptr, 4);");
        String context = Choices.one(r, "__hardirq", "__softirq", "__nmi", "__timer", "__tasklet", "__hardirq(cpu = 1)");
        String around = Choices.one(r, "", "spin_lock(&lock_a);\n\t", "rcu_read_lock();\n\t", "local_irq_disable();\n\t",
                "preempt_disable();\n\t", "local_bh_disable();\n\t");
        return Programs.program(r, Programs.entry(context, "handler", "\t" + around + block + "\n\tx++;\n")
                + Programs.entry("__process", "worker", "\tcomplete(&done);\n\tx++;\n"));
    }

    private static String nmiLocks(SplittableRandom r) {
        String take = Choices.one(r, "spin_lock(&lock_a);\n\tspin_unlock(&lock_a);",
                "raw_spin_lock(&raw_lock);\n\traw_spin_unlock(&raw_lock);", "mutex_lock(&mtx);\n\tmutex_unlock(&mtx);",
                "rcu_read_lock();\n\trcu_read_unlock();", "spin_lock_irqsave(&lock_a, flags);\n\t"
                        + "spin_unlock_irqrestore(&lock_a, flags);", "if (raw_spin_trylock(&raw_lock))\n\t\t"
                        + "raw_spin_unlock(&raw_lock);", "read_lock(&rwl);\n\tread_unlock(&rwl);", "local_irq_enable();",
                "atomic_inc(&counter);", "write_seqlock(&seq);\n\twrite_sequnlock(&seq);");
        String other = Choices.one(r, "raw_spin_lock_irqsave(&raw_lock, flags);\n\tx++;\n\t"
                + "raw_spin_unlock_irqrestore(&raw_lock, flags);", "spin_lock(&lock_a);\n\tx++;\n\tspin_unlock(&lock_a);",
                "x++;");
        return Programs.program(r, Programs.entry(Choices.one(r, "__nmi", "__nmi(cpu = 0)", "__nmi(times = 2)"), "nmi",
                "\tunsigned long flags;\n\t" + take + "\n") + Programs.entry("__process", "thread",
                "\tunsigned long flags;\n\t" + other + "\n"));
    }

    private static String rcuMisuse(SplittableRandom r) {
        String body = Choices.one(r,
                "\trcu_read_lock();\n\tsynchronize_rcu();\n\trcu_read_unlock();\n",
                "\trcu_read_unlock();\n",
                "\trcu_read_lock();\n\trcu_read_lock();\n\trcu_read_unlock();\n",
                "\tstruct obj *o = rcu_dereference(shared_obj);\n\tif (o)\n\t\tx = o->value;\n",
                "\tint i = srcu_read_lock(&srcu);\n\tsynchronize_srcu(&srcu);\n\tsrcu_read_unlock(&srcu, i);\n",
                "\trcu_assign_pointer(shared_obj, NULL);\n\trcu_read_lock();\n\tx = rcu_dereference(shared_obj)->value;\n"
                        + "\trcu_read_unlock();\n",
                "\tstruct obj *o = kzalloc(sizeof(*o), GFP_KERNEL);\n\tcall_rcu(&o->rcu, NULL);\n",
                "\trcu_read_lock();\n\tmsleep(1);\n\trcu_read_unlock();\n",
                "\trcu_read_lock_bh();\n\trcu_read_unlock();\n",
                "\tstruct obj *old = rcu_dereference_protected(shared_obj, 1);\n\trcu_assign_pointer(shared_obj, NULL);\n"
                        + "\tkfree(old);\n");
        String setup = Programs.entry("__init", "setup",
                "\tstruct obj *o = kzalloc(sizeof(*o), GFP_KERNEL);\n\tRCU_INIT_POINTER(shared_obj, o);\n");
        return Programs.program(r, setup + Programs.entry(Programs.context(r), "misuser", body)
                + Programs.entry("__process", "reader", "\trcu_read_lock();\n\tif (rcu_dereference(shared_obj))\n"
                        + "\t\tx = rcu_dereference(shared_obj)->value;\n\trcu_read_unlock();\n"));
    }

    private static String contextLeak(SplittableRandom r) {
        String body = Choices.one(r, "\tlocal_irq_disable();\n", "\tpreempt_disable();\n", "\tlocal_bh_disable();\n",
                "\tspin_lock_irq(&lock_a);\n\tspin_unlock_irq(&lock_a);\n\tspin_unlock_irq(&lock_a);\n",
                "\tunsigned long f1, f2;\n\tspin_lock_irqsave(&lock_a, f1);\n\tspin_lock_irqsave(&lock_b, f2);\n"
                        + "\tspin_unlock_irqrestore(&lock_a, f1);\n\tspin_unlock_irqrestore(&lock_b, f2);\n",
                "\tlocal_irq_disable();\n\tspin_lock_irq(&lock_a);\n\tspin_unlock_irq(&lock_a);\n\tlocal_irq_enable();\n",
                "\tpreempt_enable();\n\tpreempt_enable();\n", "\tlocal_bh_enable();\n",
                "\tspin_lock(&lock_a);\n\tif (x)\n\t\treturn;\n\tspin_unlock(&lock_a);\n",
                "\tmutex_lock(&mtx);\n\tgoto out;\n\tmutex_unlock(&mtx);\nout:\n\tx++;\n",
                "\tspin_lock(&lock_a);\n\tspin_lock(&lock_a);\n",
                "\tspin_lock(&lock_a);\n\tspin_lock(&lock_b);\n\tspin_unlock(&lock_b);\n\tspin_unlock(&lock_a);\n");
        String other = Programs.entry(Programs.context(r), "peer",
                "\tspin_lock(&lock_b);\n\tspin_lock(&lock_a);\n\tx++;\n\tspin_unlock(&lock_a);\n\tspin_unlock(&lock_b);\n");
        return Programs.program(r, Programs.entry(Programs.context(r), "leaker", body) + other);
    }
}
