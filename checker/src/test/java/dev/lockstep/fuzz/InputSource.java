package dev.lockstep.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fuzzer's inputs, a pure function of the seed and the input's index (so that one failing input
 * is made again alone): mostly mutants of the seed files (one or two mutators in a row), a third
 * generated programs and litmus tests (some of them mutated too), now and then a seed file as it is.
 */
final class InputSource {

    private record Weighted(int weight, Mutator mutator) {}

    private final long seed;
    private final List<FuzzInput> seeds;
    private final List<Mutator> mutators = new ArrayList<>();

    InputSource(long seed, List<FuzzInput> seeds) {
        this.seed = seed;
        this.seeds = List.copyOf(seeds);
        List<Weighted> weighted = List.of(new Weighted(3, new TokenEdits()), new Weighted(3, new LineEdits()),
                new Weighted(3, new ApiSwaps()), new Weighted(2, new Truncation()), new Weighted(1, new RandomBytes()),
                new Weighted(1, new DeepNesting()), new Weighted(1, new MacroAbuse()),
                new Weighted(1, new SelfInclusion()), new Weighted(1, new HugeLiterals()),
                new Weighted(1, new Splicing(seeds)), new Weighted(1, new ConfigFiles()));
        for (Weighted w : weighted) {
            for (int i = 0; i < w.weight(); i++) {
                mutators.add(w.mutator());
            }
        }
    }

    /** The random source of input {@code index}: independent of every other index. */
    SplittableRandom random(long index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    FuzzInput input(long index) {
        SplittableRandom r = random(index);
        double p = r.nextDouble();
        if (p < 0.03) {
            return Choices.one(r, seeds);
        }
        if (p < 0.65) {
            return mutate(Choices.one(r, seeds), r);
        }
        FuzzInput generated = generate(r);
        return Choices.chance(r, 0.15) ? mutate(generated, r) : generated;
    }

    private FuzzInput mutate(FuzzInput input, SplittableRandom r) {
        FuzzInput out = Choices.one(r, mutators).apply(input, r);
        return Choices.chance(r, 0.25) ? Choices.one(r, mutators).apply(out, r) : out;
    }

    private static FuzzInput generate(SplittableRandom r) {
        int kind = r.nextInt(BugShapes.ALL.size() + StressShapes.ALL.size() + 6);
        if (kind < BugShapes.ALL.size()) {
            return shape(BugShapes.ALL.get(kind), r);
        }
        kind -= BugShapes.ALL.size();
        if (kind < StressShapes.ALL.size()) {
            return shape(StressShapes.ALL.get(kind), r);
        }
        return kind - StressShapes.ALL.size() < 4
                ? FuzzInput.of("generated: random program", "random.c", RandomPrograms.generate(r))
                : FuzzInput.of("generated: litmus test", "generated.litmus", LitmusGenerator.generate(r));
    }

    private static FuzzInput shape(Shape shape, SplittableRandom r) {
        return FuzzInput.of("generated: " + shape.name(), shape.name().replace(' ', '_') + ".c", shape.make().apply(r));
    }
}
