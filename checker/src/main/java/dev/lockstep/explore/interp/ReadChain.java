package dev.lockstep.explore.interp;

/**
 * The reads a CPU has made, newest first, as an immutable chain shared by the states copied along
 * the search: what a wait that starts at some read depends on is the chain from now back to it.
 */
record ReadChain(int ref, ReadChain previous) {

    /** The refs of the reads after {@code since} (exclusive) up to this one, oldest first. */
    int[] since(ReadChain since) {
        int n = 0;
        for (ReadChain c = this; c != null && c != since; c = c.previous) {
            n++;
        }
        int[] out = new int[n];
        for (ReadChain c = this; c != null && c != since; c = c.previous) {
            out[--n] = c.ref;
        }
        return out;
    }
}
