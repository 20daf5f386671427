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
 * chosen runs, and the most any run of each process still to choose writes. Counts are kept per
 * (location, value) in dense arrays and updated as runs are chosen and dropped.
 */
final class RmwSupply {

    private record Key(int location, long value) {}

    private final Map<Key, Integer> index = new HashMap<>();
    /** Per process, per run: RMW reads and writes of each key. */
    private final List<List<int[]>> demandOf = new ArrayList<>();
    private final List<List<int[]>> writesOf = new ArrayList<>();
    /** For each process index k: the most writes of each key processes k, k+1, ... can add. */
    private final int[][] laterMost;
    private final int[] demand;
    private final int[] supply;

    RmwSupply(Locations locations, List<List<ProcessRun>> runs) {
        for (int l = 0; l < locations.count(); l++) {
            key(l, locations.initialValue(l));
        }
        for (List<ProcessRun> process : runs) {
            for (ProcessRun run : process) {
                run.steps().forEach(s -> {
                    if (s.kind() != EventKind.FENCE) {
                        key(s.location(), s.value());
                    }
                });
            }
        }
        int keys = index.size();
        demand = new int[keys];
        supply = new int[keys];
        for (int l = 0; l < locations.count(); l++) {
            supply[index.get(new Key(l, locations.initialValue(l)))]++;
        }
        for (List<ProcessRun> process : runs) {
            List<int[]> d = new ArrayList<>();
            List<int[]> w = new ArrayList<>();
            for (ProcessRun run : process) {
                int[] reads = new int[keys];
                int[] writes = new int[keys];
                for (Step s : run.steps()) {
                    if (s.kind() == EventKind.READ && s.rmwPartner() >= 0) {
                        reads[index.get(new Key(s.location(), s.value()))]++;
                    } else if (s.kind() == EventKind.WRITE) {
                        writes[index.get(new Key(s.location(), s.value()))]++;
                    }
                }
                d.add(reads);
                w.add(writes);
            }
            demandOf.add(d);
            writesOf.add(w);
        }
        laterMost = new int[runs.size() + 1][keys];
        for (int p = runs.size() - 1; p >= 0; p--) {
            for (int j = 0; j < keys; j++) {
                int most = 0;
                for (int[] w : writesOf.get(p)) {
                    most = Math.max(most, w[j]);
                }
                laterMost[p][j] = laterMost[p + 1][j] + most;
            }
        }
    }

    private void key(int location, long value) {
        index.putIfAbsent(new Key(location, value), index.size());
    }

    /** Chooses run {@code run} of process {@code process}; whether the choices so far can still be matched. */
    boolean push(int process, int run) {
        add(process, run, 1);
        int[] later = laterMost[process + 1];
        for (int j = 0; j < demand.length; j++) {
            if (demand[j] > supply[j] + later[j]) {
                return false;
            }
        }
        return true;
    }

    /** Undoes {@link #push}. */
    void pop(int process, int run) {
        add(process, run, -1);
    }

    private void add(int process, int run, int sign) {
        int[] d = demandOf.get(process).get(run);
        int[] w = writesOf.get(process).get(run);
        for (int j = 0; j < demand.length; j++) {
            demand[j] += sign * d[j];
            supply[j] += sign * w[j];
        }
    }
}
