package dev.lockstep.litmus;

import dev.lockstep.memory.EventKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prunes combinations of process runs early: two read-modify-writes never read the same write (the
 * second would break the first's atomicity), so the RMW reads of a value at a location, in the runs
 * chosen so far, cannot outnumber the writes of that value there: the initial one, those of the
 * chosen runs, and the most any run of each process still to choose writes.
 */
final class RmwSupply {

    private record Key(int location, long value) {}

    /** For each process index k: the most writes of each (location, value) processes k, k+1, ... can add. */
    private final List<Map<Key, Integer>> laterMost = new ArrayList<>();
    private final Map<Key, Integer> initial = new HashMap<>();

    RmwSupply(Locations locations, List<List<ProcessRun>> runs) {
        for (int l = 0; l < locations.count(); l++) {
            initial.put(new Key(l, locations.initialValue(l)), 1);
        }
        Map<Key, Integer> suffix = new HashMap<>();
        List<Map<Key, Integer>> reversed = new ArrayList<>();
        reversed.add(Map.copyOf(suffix));
        for (int p = runs.size() - 1; p >= 0; p--) {
            Map<Key, Integer> most = new HashMap<>();
            for (ProcessRun run : runs.get(p)) {
                writes(run).forEach((k, n) -> most.merge(k, n, Math::max));
            }
            most.forEach((k, n) -> suffix.merge(k, n, Integer::sum));
            reversed.add(Map.copyOf(suffix));
        }
        for (int k = reversed.size() - 1; k >= 0; k--) {
            laterMost.add(reversed.get(k));
        }
    }

    /** Whether the runs chosen so far (processes {@code 0..prefix.size()-1}) can still be matched. */
    boolean feasible(List<ProcessRun> prefix) {
        Map<Key, Integer> demand = new HashMap<>();
        Map<Key, Integer> supply = new HashMap<>(initial);
        for (ProcessRun run : prefix) {
            for (Step s : run.steps()) {
                if (s.kind() == EventKind.READ && s.rmwPartner() >= 0) {
                    demand.merge(new Key(s.location(), s.value()), 1, Integer::sum);
                }
            }
            writes(run).forEach((k, n) -> supply.merge(k, n, Integer::sum));
        }
        Map<Key, Integer> later = laterMost.get(prefix.size());
        for (Map.Entry<Key, Integer> d : demand.entrySet()) {
            int available = supply.getOrDefault(d.getKey(), 0) + later.getOrDefault(d.getKey(), 0);
            if (d.getValue() > available) {
                return false;
            }
        }
        return true;
    }

    private static Map<Key, Integer> writes(ProcessRun run) {
        Map<Key, Integer> count = new HashMap<>();
        for (Step s : run.steps()) {
            if (s.kind() == EventKind.WRITE) {
                count.merge(new Key(s.location(), s.value()), 1, Integer::sum);
            }
        }
        return count;
    }
}
