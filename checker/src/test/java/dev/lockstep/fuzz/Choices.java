package dev.lockstep.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** Random picks the mutators and generators share. */
final class Choices {

    private Choices() {}

    @SafeVarargs
    static <T> T one(SplittableRandom random, T... options) {
        return options[random.nextInt(options.length)];
    }

    static <T> T one(SplittableRandom random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    /** A size, mostly small, sometimes near {@code limit}: each of the three ranges a third of the time. */
    static int size(SplittableRandom random, int limit) {
        return switch (random.nextInt(3)) {
            case 0 -> 1 + random.nextInt(Math.max(1, Math.min(8, limit)));
            case 1 -> 1 + random.nextInt(Math.max(1, limit / 10));
            default -> 1 + random.nextInt(Math.max(1, limit));
        };
    }
}
