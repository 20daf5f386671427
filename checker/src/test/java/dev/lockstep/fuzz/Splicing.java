package dev.lockstep.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** Two inputs made one: the head of one and the tail of another, or both whole (every name defined twice). */
final class Splicing implements Mutator {

    private final List<FuzzInput> donors;

    Splicing(List<FuzzInput> donors) {
        this.donors = List.copyOf(donors);
    }

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        FuzzInput donor = Choices.one(random, donors);
        String a = input.text();
        String b = donor.text();
        if (random.nextBoolean()) {
            return input.edited("followed by " + donor.origin(), a + "\n" + b);
        }
        int cutA = a.isEmpty() ? 0 : random.nextInt(a.length());
        int cutB = b.isEmpty() ? 0 : random.nextInt(b.length());
        return input.edited("head spliced to the tail of " + donor.origin(), a.substring(0, cutA) + b.substring(cutB));
    }
}
