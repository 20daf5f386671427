package dev.lockstep.explore.scenario;

import dev.lockstep.explore.heap.Pointers;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.EntrySpec;
import dev.lockstep.explore.interp.Listener;
import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.List;

/** Expands parameter domains into scenario variants and places the contexts on CPUs. */
final class Variants {

    /** An entry, its pinned CPU (-1: any) and, when its arguments are not given, one domain per parameter. */
    record Entry(EntrySpec spec, int cpu, List<List<Long>> domains) {}

    private Variants() {}

    static List<Scenario> expand(List<Entry> processes, List<Entry> handlers, List<EntrySpec> finals, int cpus,
            Listener listener) {
        List<Entry> all = new ArrayList<>(processes);
        all.addAll(handlers);
        List<List<Long>> domains = new ArrayList<>();
        for (Entry e : all) {
            domains.addAll(e.domains());
        }
        long total = 1;
        for (List<Long> d : domains) {
            total = Math.min(Long.MAX_VALUE / 64, total * d.size());
        }
        if (total > ScenarioBuilder.MAX_VARIANTS) {
            listener.note(Span.NONE, "entry-point parameters have " + total + " combinations; the first "
                    + ScenarioBuilder.MAX_VARIANTS + " are explored");
            total = ScenarioBuilder.MAX_VARIANTS;
        }
        List<Scenario> out = new ArrayList<>();
        for (long k = 0; k < total; k++) {
            long rest = k;
            List<Long> chosen = new ArrayList<>();
            for (List<Long> d : domains) {
                chosen.add(d.get((int) (rest % d.size())));
                rest /= d.size();
            }
            out.add(place(processes, handlers, finals, cpus, chosen));
        }
        return out;
    }

    private static Scenario place(List<Entry> processes, List<Entry> handlers, List<EntrySpec> finals, int cpus,
            List<Long> chosen) {
        List<List<EntrySpec>> procs = new ArrayList<>();
        List<List<EntrySpec>> hands = new ArrayList<>();
        for (int c = 0; c < cpus; c++) {
            procs.add(new ArrayList<>());
            hands.add(new ArrayList<>());
        }
        int[] next = {0};
        StringBuilder params = new StringBuilder();
        int k = 0;
        int free = 0;
        for (Entry e : processes) {
            EntrySpec spec = withArgs(e, chosen, k, params);
            k += e.domains().size();
            int cpu;
            if (e.cpu() >= 0) {
                cpu = e.cpu() % cpus;
            } else {
                while (free < cpus && !procs.get(free).isEmpty()) {
                    free++;
                }
                cpu = free < cpus ? free : (next[0]++) % cpus;
            }
            procs.get(cpu).add(spec);
        }
        for (Entry e : handlers) {
            EntrySpec spec = withArgs(e, chosen, k, params);
            k += e.domains().size();
            for (int c = 0; c < cpus; c++) {
                if (e.cpu() < 0 || e.cpu() % cpus == c) {
                    hands.get(c).add(spec);
                }
            }
        }
        List<CpuState> states = new ArrayList<>();
        for (int c = 0; c < cpus; c++) {
            states.add(new CpuState(c, procs.get(c), hands.get(c)));
        }
        return new Scenario(states, finals, params.toString());
    }

    private static EntrySpec withArgs(Entry e, List<Long> chosen, int from, StringBuilder params) {
        if (e.domains().isEmpty()) {
            return e.spec();
        }
        List<Long> args = new ArrayList<>(chosen.subList(from, from + e.domains().size()));
        if (params.length() > 0) {
            params.append(", ");
        }
        params.append(e.spec().function()).append('(');
        for (int i = 0; i < args.size(); i++) {
            long v = args.get(i);
            params.append(i > 0 ? ", " : "").append(Pointers.isCell(v) ? "&object" : Long.toString(v));
        }
        params.append(')');
        return new EntrySpec(e.spec().kind(), e.spec().function(), args, e.spec().label(), e.spec().times());
    }
}
