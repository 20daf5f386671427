package dev.lockstep.fuzz;

import java.util.SplittableRandom;

/** Makes a new input out of one: a corruption, an extreme, or a construct that stresses one stage. */
interface Mutator {

    /** The mutant of {@code input}; its origin says what was done. */
    FuzzInput apply(FuzzInput input, SplittableRandom random);
}
