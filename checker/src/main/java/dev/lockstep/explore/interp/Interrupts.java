package dev.lockstep.explore.interp;

/**
 * Where interrupts may arrive: before an event (or while idle) on a CPU whose interrupts were
 * enabled at some moment since its previous event, hard IRQs never nested, softirqs only over
 * process context with bottom halves enabled, each handler at most its bound per CPU.
 */
final class Interrupts {

    /** The options at this point (0 = go on, h + 1 = fire handler h), or null when no interrupt can arrive. */
    int[] options(CpuState s) {
        if (s.handlers.isEmpty()) {
            return null;
        }
        int top = s.stack.isEmpty() ? -1 : s.stack.get(s.stack.size() - 1).kind.level();
        int[] out = null;
        int n = 0;
        for (int h = 0; h < s.handlers.size(); h++) {
            EntrySpec e = s.handlers.get(h);
            if (s.fired(h) >= e.times() || !eligible(s, e.kind(), top)) {
                continue;
            }
            if (out == null) {
                out = new int[s.handlers.size() + 1];
                n = 1;
            }
            out[n++] = h + 1;
        }
        return out == null ? null : java.util.Arrays.copyOf(out, n);
    }

    private static boolean eligible(CpuState s, ContextKind kind, int top) {
        return switch (kind) {
            case NMI -> top < ContextKind.NMI.level();
            case HARDIRQ -> s.irqWindow && top < ContextKind.HARDIRQ.level();
            case SOFTIRQ -> s.bhWindow && s.irqWindow && top < ContextKind.SOFTIRQ.level();
            default -> false;
        };
    }

    /** The CPU went on without an interrupt: no interrupt arrives until the next window opens. */
    void declined(CpuState s) {
        s.irqWindow = !s.irqsDisabled && s.irqWindow;
    }
}
