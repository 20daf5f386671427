package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.CpuState;
import java.util.ArrayList;
import java.util.List;

/**
 * One CPU's part of the search state: its steps so far and its interpretation state before each of
 * them (never mutated once stored), so undoing a step or cutting the CPU back to a prefix restores
 * the state without replaying code.
 */
final class Lane {
    final ArrayList<CpuState> before;
    final ArrayList<Item> items;
    CpuState current;

    Lane(CpuState start) {
        before = new ArrayList<>();
        items = new ArrayList<>();
        current = start;
    }

    private Lane(List<CpuState> before, List<Item> items, CpuState current) {
        this.before = new ArrayList<>(before);
        this.items = new ArrayList<>(items);
        this.current = current;
    }

    void push(Item item, CpuState next) {
        before.add(current);
        items.add(item);
        current = next;
    }

    Item pop() {
        current = before.remove(before.size() - 1);
        return items.remove(items.size() - 1);
    }

    /** This lane cut back to its first {@code keep} steps. */
    Lane prefix(int keep) {
        CpuState state = keep < items.size() ? before.get(keep) : current;
        return new Lane(before.subList(0, keep), items.subList(0, keep), state);
    }

    /** The index of the step that made event {@code poIndex}. */
    int itemOfEvent(int poIndex) {
        for (int i = items.size() - 1; i >= 0; i--) {
            Item it = items.get(i);
            if (!it.isChoice() && it.firstEvent() <= poIndex && poIndex < it.firstEvent() + it.events()) {
                return i;
            }
        }
        return -1;
    }
}
