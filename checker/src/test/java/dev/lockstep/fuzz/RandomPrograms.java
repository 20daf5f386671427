package dev.lockstep.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random programs over the shared globals: a few entry points in random contexts, each a random
 * tree of statements (locks and unlocks in any order, accesses of every strength, allocations and
 * frees, sleeps, barriers, assertions, branches, loops, gotos and calls of helpers). Most are valid
 * C and reach the analysis and the explorer; many have bugs.
 */
final class RandomPrograms {

    private static final List<String> SIMPLE = List.of("x++;", "y = x;", "x = y + 1;", "WRITE_ONCE(flag, 1);",
            "y = READ_ONCE(flag);", "smp_store_release(&flag, 1);", "y = smp_load_acquire(&flag);", "smp_mb();",
            "smp_wmb();", "smp_rmb();", "barrier();", "atomic_inc(&counter);", "y = atomic_inc_return(&counter);",
            "y = atomic_cmpxchg(&counter, 0, 1);", "y = xchg(&x, 2);", "y = cmpxchg(&flag, 0, 1);",
            "spin_lock(&lock_a);", "spin_unlock(&lock_a);", "spin_lock(&lock_b);", "spin_unlock(&lock_b);",
            "spin_lock_irqsave(&lock_a, flags);", "spin_unlock_irqrestore(&lock_a, flags);", "spin_lock_bh(&lock_b);",
            "spin_unlock_bh(&lock_b);", "spin_lock_irq(&lock_a);", "spin_unlock_irq(&lock_a);",
            "raw_spin_lock(&raw_lock);", "raw_spin_unlock(&raw_lock);", "mutex_lock(&mtx);", "mutex_unlock(&mtx);",
            "read_lock(&rwl);", "read_unlock(&rwl);", "write_lock(&rwl);", "write_unlock(&rwl);", "down_read(&rws);",
            "up_read(&rws);", "down_write(&rws);", "up_write(&rws);", "down(&sem);", "up(&sem);",
            "write_seqlock(&seq);", "write_sequnlock(&seq);", "rcu_read_lock();", "rcu_read_unlock();",
            "synchronize_rcu();", "local_irq_disable();", "local_irq_enable();", "local_bh_disable();",
            "local_bh_enable();", "preempt_disable();", "preempt_enable();", "msleep(1);", "might_sleep();",
            "complete(&done);", "wait_for_completion(&done);", "ptr = kmalloc(sizeof(int), GFP_KERNEL);",
            "ptr = kmalloc(sizeof(int), GFP_ATOMIC);", "kfree(ptr);", "if (ptr) *ptr = x;", "x = ptr ? *ptr : 0;",
            "BUG_ON(x == 3);", "WARN_ON(y > 1);", "lockdep_assert_held(&lock_a);", "helper();", "x = helper_value(y);",
            "if (spin_trylock(&lock_a)) spin_unlock(&lock_a);", "if (mutex_trylock(&mtx)) mutex_unlock(&mtx);",
            "rcu_assign_pointer(shared_obj, NULL);", "y = rcu_dereference(shared_obj) != NULL;", "return;",
            "x = y / flag;", "x = 1 << y;", "goto out;", "unsigned int seqno = read_seqbegin(&seq); "
                    + "if (read_seqretry(&seq, seqno)) x++;");

    private RandomPrograms() {}

    static String generate(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        b.append("static void helper(void)\n{\n").append(block(r, 1, 2 + r.nextInt(4))).append("}\n\n");
        b.append("static int helper_value(int v)\n{\n").append(block(r, 1, 1 + r.nextInt(3)))
                .append("out:\n\treturn v + 1;\n}\n\n");
        int entries = 1 + r.nextInt(4);
        for (int i = 0; i < entries; i++) {
            String body = "\tunsigned long flags = 0;\n" + block(r, 1, 1 + r.nextInt(8)) + "out:\n\tx = x;\n";
            b.append(Programs.entry(i == 0 ? "__process" : Programs.context(r), "entry" + i, body));
        }
        if (Choices.chance(r, 0.3)) {
            b.append("static int thread_fn(void *arg)\n{\n").append(block(r, 1, 3)).append("out:\n\treturn 0;\n}\n\n")
                    .append("static irqreturn_t isr(int irq, void *dev)\n{\n").append(block(r, 1, 2))
                    .append("out:\n\treturn IRQ_HANDLED;\n}\n\n")
                    .append("static int __init setup(void)\n{\n\tif (request_irq(3, isr, 0, \"dev\", NULL))\n"
                            + "\t\treturn -EBUSY;\n\tkthread_run(thread_fn, NULL, \"t\");\n\treturn 0;\n}\n"
                            + "module_init(setup);\n");
        }
        return Programs.program(r, b.toString());
    }

    private static String block(SplittableRandom r, int depth, int statements) {
        StringBuilder b = new StringBuilder();
        String indent = "\t".repeat(depth);
        for (int i = 0; i < statements; i++) {
            int kind = depth > 3 ? 0 : r.nextInt(10);
            switch (kind) {
                case 7 -> b.append(indent).append("if (").append(condition(r)).append(") {\n")
                        .append(block(r, depth + 1, 1 + r.nextInt(3))).append(indent).append("} else {\n")
                        .append(block(r, depth + 1, r.nextInt(3))).append(indent).append("}\n");
                case 8 -> {
                    String head = Choices.one(r, "for (int i = 0; i < 2; i++) {\n", "while (" + condition(r) + ") {\n",
                            "do {\n");
                    b.append(indent).append(head).append(block(r, depth + 1, 1 + r.nextInt(3))).append(indent)
                            .append(head.startsWith("do") ? "} while (" + condition(r) + ");\n" : "}\n");
                }
                case 9 -> b.append(indent).append("switch (x) {\n").append(indent).append("case 0:\n")
                        .append(block(r, depth + 1, 1 + r.nextInt(2))).append(indent).append("\tbreak;\n")
                        .append(indent).append("default:\n").append(block(r, depth + 1, 1)).append(indent).append("}\n");
                default -> b.append(indent).append(Choices.one(r, SIMPLE)).append('\n');
            }
        }
        return b.toString();
    }

    private static String condition(SplittableRandom r) {
        return Choices.one(r, "x", "!x", "y > 0", "READ_ONCE(flag)", "ptr", "atomic_read(&counter) == 2",
                "x == y", "spin_is_locked(&lock_a)", "flag & 1", "x--");
    }
}
