package dev.lockstep.litmus;

/** A value computed by a process, with the reads it depends on (for address, data and control dependencies). */
record Val(long value, Deps deps) {

    static Val constant(long value) {
        return new Val(value, Deps.NONE);
    }

    boolean isTrue() {
        return value != 0;
    }
}
