package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.CpuState;
import java.util.Arrays;
import java.util.List;

/**
 * One CPU's interpretation along the search: a stack of its steps (the slot each starts at and the
 * CPU's state before it, never mutated once stored), its current state and the next slot it will
 * fill or replay. Undoing a step, or cutting the CPU back to the slot a revisit changed, restores
 * a stored state; a cut CPU then replays its kept slots instead of running code a second time.
 */
final class Lane {
    private int[] start = new int[16];
    private CpuState[] before = new CpuState[16];
    private Object[] failed = new Object[16];
    private int steps;
    /** How many of the steps recorded failed checks. */
    private int failingSteps;
    CpuState current;
    int cursor;
    /** Slots of the step being interpreted and not yet pushed: the checks it runs come after them. */
    private int interpreting;

    Lane(CpuState start) {
        this.current = start;
    }

    /** Starts interpreting a step that fills {@code slots} slots from the cursor; {@link #push} records it. */
    void interpret(int slots) {
        interpreting = slots;
    }

    /** The slot the CPU fills next, past the slots of the step being interpreted. */
    int nextSlot() {
        return cursor + interpreting;
    }

    /** Records a step that took {@code slots} slots from the cursor and left the CPU in {@code next}. */
    void push(int slots, CpuState next) {
        push(slots, next, null);
    }

    /** The same, with the checks that failed during the step, judged when the execution completes. */
    void push(int slots, CpuState next, List<Violation> violations) {
        grow();
        start[steps] = cursor;
        before[steps] = current;
        failed[steps] = violations;
        failingSteps += violations == null ? 0 : 1;
        steps++;
        cursor += slots;
        current = next;
        interpreting = 0;
    }

    void pop() {
        steps--;
        cursor = start[steps];
        current = before[steps];
        before[steps] = null;
        failingSteps -= failed[steps] == null ? 0 : 1;
        failed[steps] = null;
    }

    private void grow() {
        if (steps == start.length) {
            start = Arrays.copyOf(start, steps * 2);
            before = Arrays.copyOf(before, steps * 2);
            failed = Arrays.copyOf(failed, steps * 2);
        }
    }

    /** The failed checks recorded by the steps so far, in order. */
    @SuppressWarnings("unchecked")
    void collectViolations(List<Violation> out) {
        for (int i = 0; i < steps && failingSteps > 0; i++) {
            if (failed[i] != null) {
                out.addAll((List<Violation>) failed[i]);
            }
        }
    }

    /** The steps removed by {@link #cutTo}, to put back with {@link #restore}. */
    record Cut(int[] start, CpuState[] before, Object[] failed, CpuState current, int cursor) {}

    /** Pops every step that starts at slot {@code slot} or later; returns what {@link #restore} needs. */
    Cut cutTo(int slot) {
        int keep = steps;
        while (keep > 0 && start[keep - 1] >= slot) {
            keep--;
        }
        int n = steps - keep;
        CpuState[] cutBefore = new CpuState[n];
        Object[] cutFailed = new Object[n];
        System.arraycopy(before, keep, cutBefore, 0, n);
        System.arraycopy(failed, keep, cutFailed, 0, n);
        Cut cut = new Cut(Arrays.copyOfRange(start, keep, steps), cutBefore, cutFailed, current, cursor);
        while (steps > keep) {
            pop();
        }
        return cut;
    }

    void restore(Cut cut) {
        for (int i = 0; i < cut.start().length; i++) {
            grow();
            start[steps] = cut.start()[i];
            before[steps] = cut.before()[i];
            failed[steps] = cut.failed()[i];
            failingSteps += failed[steps] == null ? 0 : 1;
            steps++;
        }
        current = cut.current();
        cursor = cut.cursor();
    }
}
