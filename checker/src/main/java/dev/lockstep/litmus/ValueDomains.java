package dev.lockstep.litmus;

import dev.lockstep.memory.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The values each location can hold: its initial value and whatever any run of any process may
 * write there (a read may return any of them; writes may depend on reads), iterated to a fixpoint
 * or until every chain of writes each computed from the value of the previous one is covered: such
 * a chain uses each write event of an execution at most once, so as many rounds as an execution
 * has writes suffice (counters such as {@code atomic_inc_return} would otherwise grow forever).
 * Values no execution can produce are harmless: no write matches a read of them.
 */
final class ValueDomains {

    private ValueDomains() {
    }

    static List<SortedSet<Long>> compute(Locations locations, List<ProcessRuns> processes) {
        List<SortedSet<Long>> domains = new ArrayList<>();
        for (int l = 0; l < locations.count(); l++) {
            SortedSet<Long> d = new TreeSet<>();
            d.add(locations.initialValue(l));
            domains.add(d);
        }
        for (int round = 0; round <= maxWrites(processes, domains); round++) {
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
        return domains;
    }

    /** The most writes an execution can have: the sum over processes of their longest run's writes. */
    private static int maxWrites(List<ProcessRuns> processes, List<SortedSet<Long>> domains) {
        int sum = 0;
        for (ProcessRuns p : processes) {
            sum += p.enumerate(domains).stream()
                    .mapToInt(r -> (int) r.steps().stream().filter(s -> s.kind() == EventKind.WRITE).count())
                    .max().orElse(0);
        }
        return sum;
    }
}
