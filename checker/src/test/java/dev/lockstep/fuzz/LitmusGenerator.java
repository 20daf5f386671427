package dev.lockstep.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random C litmus tests: up to eight processes over up to four locations, each a few accesses of
 * every strength, fences, read-modify-writes, locks, RCU and loops; an initial state and a final
 * condition over registers and locations (sometimes naming registers or processes that do not
 * exist, or values past 64 bits).
 */
final class LitmusGenerator {

    private static final List<String> LOCATIONS = List.of("x", "y", "z", "w");
    private static final List<String> STORES = List.of("WRITE_ONCE(*%s, %d);", "smp_store_release(%s, %d);",
            "*%s = %d;", "atomic_set((atomic_t *)%s, %d);", "rcu_assign_pointer(*%s, %d);");
    private static final List<String> LOADS = List.of("r%d = READ_ONCE(*%s);", "r%d = smp_load_acquire(%s);",
            "r%d = *%s;", "r%d = rcu_dereference(*%s);", "r%d = xchg(%s, 1);", "r%d = cmpxchg(%s, 0, 2);",
            "r%d = atomic_inc_return((atomic_t *)%s);", "r%d = xchg_relaxed(%s, 3);");
    private static final List<String> OTHERS = List.of("smp_mb();", "smp_wmb();", "smp_rmb();", "barrier();",
            "smp_mb__before_atomic();", "smp_mb__after_atomic();", "rcu_read_lock();", "rcu_read_unlock();",
            "synchronize_rcu();", "spin_lock(l);", "spin_unlock(l);", "if (r0) WRITE_ONCE(*x, 2);",
            "while (READ_ONCE(*y) == 0) ;", "r1 = r0 + 1;", "r1 = r0 / r0;", "smp_mb__after_spinlock();");

    private LitmusGenerator() {}

    static String generate(SplittableRandom r) {
        int processes = 1 + r.nextInt(Choices.chance(r, 0.1) ? 8 : 3);
        int locations = 1 + r.nextInt(LOCATIONS.size());
        StringBuilder b = new StringBuilder("C generated\n\n{\n");
        for (int i = 0; i < locations; i++) {
            if (r.nextBoolean()) {
                b.append('\t').append(LOCATIONS.get(i)).append('=').append(r.nextInt(3)).append(";\n");
            }
        }
        b.append("}\n\n");
        for (int p = 0; p < processes; p++) {
            b.append('P').append(p).append('(');
            for (int i = 0; i < locations; i++) {
                b.append("int *").append(LOCATIONS.get(i)).append(", ");
            }
            b.append("spinlock_t *l)\n{\n\tint r0 = 0;\n\tint r1 = 0;\n\n");
            int ops = 1 + r.nextInt(5);
            for (int k = 0; k < ops; k++) {
                String loc = LOCATIONS.get(r.nextInt(locations));
                String op = switch (r.nextInt(3)) {
                    case 0 -> String.format(Choices.one(r, STORES), loc, 1 + r.nextInt(2));
                    case 1 -> String.format(Choices.one(r, LOADS), r.nextInt(2), loc);
                    default -> Choices.one(r, OTHERS);
                };
                b.append('\t').append(op).append('\n');
            }
            b.append("}\n\n");
        }
        return b.append(condition(r, processes, locations)).append('\n').toString();
    }

    private static String condition(SplittableRandom r, int processes, int locations) {
        String quantifier = Choices.one(r, "exists", "exists", "~exists", "forall");
        StringBuilder c = new StringBuilder(quantifier + " (");
        int terms = 1 + r.nextInt(4);
        for (int i = 0; i < terms; i++) {
            if (i > 0) {
                c.append(Choices.one(r, " /\\ ", " \\/ "));
            }
            String value = Choices.chance(r, 0.05) ? "18446744073709551616" : String.valueOf(r.nextInt(3));
            if (r.nextBoolean()) {
                int p = Choices.chance(r, 0.05) ? processes + 3 : r.nextInt(processes);
                c.append(p).append(":r").append(Choices.chance(r, 0.05) ? 7 : r.nextInt(2)).append('=').append(value);
            } else {
                c.append(LOCATIONS.get(r.nextInt(locations))).append('=').append(value);
            }
        }
        return c.append(')').toString();
    }
}
