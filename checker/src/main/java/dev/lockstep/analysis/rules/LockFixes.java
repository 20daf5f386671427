package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.state.Held;
import dev.lockstep.ir.Insn;

/** The kernel API names a mechanical fix proposes for a lock's kind and mode. */
final class LockFixes {

    private LockFixes() {
    }

    static String prefix(Held h) {
        switch (h.kind()) {
            case RAW_SPINLOCK: return "raw_spin";
            case RWLOCK: return h.mode() == Insn.LockMode.SHARED ? "read" : "write";
            case SEQLOCK: return "write_seq";
            default: return "spin";
        }
    }

    static String irqsave(Held h) {
        String p = prefix(h);
        String a = Reports.address(h);
        if (h.kind() == Insn.LockKind.SEQLOCK) {
            return "use write_seqlock_irqsave(" + a + ", flags) / write_sequnlock_irqrestore(" + a + ", flags)";
        }
        return "use " + p + "_lock_irqsave(" + a + ", flags) / " + p + "_unlock_irqrestore(" + a + ", flags)";
    }

    static String bh(Held h) {
        String p = prefix(h);
        String a = Reports.address(h);
        if (h.kind() == Insn.LockKind.SEQLOCK) {
            return "use write_seqlock_bh(" + a + ") / write_sequnlock_bh(" + a + ")";
        }
        return "use " + p + "_lock_bh(" + a + ") / " + p + "_unlock_bh(" + a + ")";
    }
}
