package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.MemOp;
import java.util.List;

/**
 * What an exported graph event carries for the checks and traces ({@code Event.origin}): its
 * insertion stamp, the context that made it, the operation, the locks held after it, and whether it
 * lies in a seqlock read section.
 */
public record EventInfo(long stamp, String context, MemOp op, List<String> locksHeld, boolean inSeqRead) {}
