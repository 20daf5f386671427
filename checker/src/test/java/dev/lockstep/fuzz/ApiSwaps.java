package dev.lockstep.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Kernel API calls exchanged for a sibling of theirs (a lock for its unlock, a spinlock for a mutex,
 * an allocation for a free, one memory ordering for another, one context annotation for another): the
 * mutant still parses and type-checks, so it reaches the analysis and the explorer with a bug in it.
 */
final class ApiSwaps implements Mutator {

    private static final List<List<String>> FAMILIES = List.of(
            List.of("spin_lock", "spin_unlock", "spin_lock_bh", "spin_unlock_bh", "spin_lock_irq", "spin_unlock_irq",
                    "spin_trylock", "raw_spin_lock", "raw_spin_unlock"),
            List.of("spin_lock_irqsave", "spin_unlock_irqrestore", "raw_spin_lock_irqsave",
                    "raw_spin_unlock_irqrestore", "local_irq_save", "local_irq_restore"),
            List.of("mutex_lock", "mutex_unlock", "mutex_trylock", "mutex_lock_interruptible"),
            List.of("read_lock", "read_unlock", "write_lock", "write_unlock"),
            List.of("down_read", "up_read", "down_write", "up_write", "downgrade_write"),
            List.of("down", "up", "down_interruptible", "down_trylock"),
            List.of("rcu_read_lock", "rcu_read_unlock", "synchronize_rcu", "rcu_read_lock_bh", "rcu_read_unlock_bh"),
            List.of("kmalloc", "kzalloc", "kfree", "kfree_rcu", "vfree", "kvfree"),
            List.of("GFP_KERNEL", "GFP_ATOMIC", "GFP_NOWAIT"),
            List.of("READ_ONCE", "smp_load_acquire", "rcu_dereference", "atomic_read"),
            List.of("WRITE_ONCE", "smp_store_release", "rcu_assign_pointer", "atomic_set"),
            List.of("smp_mb", "smp_rmb", "smp_wmb", "barrier", "smp_mb__after_atomic"),
            List.of("atomic_inc", "atomic_dec", "atomic_inc_return", "atomic_dec_and_test"),
            List.of("local_irq_disable", "local_irq_enable", "local_bh_disable", "local_bh_enable",
                    "preempt_disable", "preempt_enable"),
            List.of("wait_for_completion", "complete", "complete_all", "reinit_completion"),
            List.of("msleep", "udelay", "schedule", "might_sleep", "cond_resched"),
            List.of("__process", "__hardirq", "__softirq", "__nmi", "__init", "__final", "__tasklet"),
            List.of("read_seqbegin", "read_seqretry", "write_seqlock", "write_sequnlock"),
            List.of("kthread_run", "request_irq", "tasklet_init", "timer_setup"),
            List.of("BUG_ON", "WARN_ON", "WARN_ON_ONCE"));

    private static final Map<String, List<String>> FAMILY_OF = familyOf();

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        List<String> tokens = new ArrayList<>(Tokens.split(input.text()));
        List<Integer> calls = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (FAMILY_OF.containsKey(tokens.get(i))) {
                calls.add(i);
            }
        }
        if (calls.isEmpty()) {
            return input.edited("no API to swap", input.text());
        }
        int swaps = 1 + random.nextInt(Math.min(3, calls.size()));
        StringBuilder step = new StringBuilder("API swaps:");
        for (int s = 0; s < swaps; s++) {
            int at = Choices.one(random, calls);
            String old = tokens.get(at);
            String now = Choices.one(random, FAMILY_OF.get(old));
            tokens.set(at, now);
            step.append(' ').append(old).append("->").append(now);
        }
        return input.edited(step.toString(), String.join("", tokens));
    }

    private static Map<String, List<String>> familyOf() {
        Map<String, List<String>> map = new HashMap<>();
        for (List<String> family : FAMILIES) {
            for (String name : family) {
                map.put(name, family);
            }
        }
        return map;
    }
}
