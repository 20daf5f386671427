package dev.lockstep.litmus;

import dev.lockstep.memory.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The values each location can hold: its initial value and whatever any run of any process may
 * write there, computed to a fixpoint (a read may return any of them; writes may depend on reads).
 */
final class ValueDomains {

    private static final int MAX_ROUNDS = 16;

    private ValueDomains() {
    }

    static List<SortedSet<Long>> compute(Locations locations, List<ProcessRuns> processes) {
        List<SortedSet<Long>> domains = new ArrayList<>();
        for (int l = 0; l < locations.count(); l++) {
            SortedSet<Long> d = new TreeSet<>();
            d.add(locations.initialValue(l));
            domains.add(d);
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<SortedSet<Long>> next = new ArrayList<>();
            domains.forEach(d -> next.add(new TreeSet<>(d)));
            boolean grew = false;
            for (ProcessRuns p : processes) {
                for (ProcessRun run : p.enumerate(domains)) {
                    for (Step s : run.steps()) {
                        if (s.kind() == EventKind.WRITE) {
                            grew |= next.get(s.location()).add(s.value());
                        }
                    }
                }
            }
            if (!grew) {
                return domains;
            }
            domains = next;
        }
        throw new LitmusException("the values written do not converge after " + MAX_ROUNDS + " rounds", null);
    }
}
