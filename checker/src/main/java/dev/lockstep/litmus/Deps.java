package dev.lockstep.litmus;

import java.util.BitSet;
import java.util.List;

/** An immutable set of a process's read steps (by index in the process) that a value depends on. */
record Deps(BitSet reads) {

    static final Deps NONE = new Deps(new BitSet());

    Deps {
        reads = (BitSet) reads.clone();
    }

    static Deps of(int read) {
        BitSet b = new BitSet();
        b.set(read);
        return new Deps(b);
    }

    Deps with(Deps other) {
        BitSet b = (BitSet) reads.clone();
        b.or(other.reads);
        return new Deps(b);
    }

    List<Integer> list() {
        return reads.stream().boxed().toList();
    }
}
