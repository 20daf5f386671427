package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.MemOp;
import java.util.List;

/**
 * What the explorer attaches to each graph event ({@code Event.origin}): its insertion stamp (the
 * order TruSt's maximality condition refers to), the context that made it, the operation, the
 * locks held after it, whether it lies in a seqlock read section, and the stamp at which TruSt's
 * maximality condition places it: its own, except for a read a backward revisit made read a later
 * write, which keeps the place it had before (so it counts as maximal only if that write is in the
 * revisiting write's prefix).
 */
public record EventInfo(long stamp, String context, MemOp op, List<String> locksHeld, boolean inSeqRead,
        long maximalityStamp) {}
