package dev.lockstep.fuzz;

import java.util.SplittableRandom;
import java.util.function.Function;

/** A kind of generated program: its name, for the failure message, and how to make one. */
record Shape(String name, Function<SplittableRandom, String> make) {}
