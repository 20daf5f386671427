package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the final pass's observations and summary items. Observations are grouped per program
 * point: one seen on every path state reaching the point is {@link Certainty#ALL_PATHS}.
 */
final class CollectingRecorder implements Recorder {

    /** Summary lists are capped so that summaries stay small however deep the call graph. */
    static final int MAX_ITEMS = 64;

    private final List<Observation> observations = new ArrayList<>();
    private final Map<Object, Observation> pointFirst = new LinkedHashMap<>();
    private final Map<Object, Set<Integer>> pointStates = new LinkedHashMap<>();
    private final Map<Object, Summary.Acquisition> acquisitions = new LinkedHashMap<>();
    private final Map<Object, Summary.Sleep> sleeps = new LinkedHashMap<>();
    private final Set<Summary.IrqEnable> irqEnables = new LinkedHashSet<>();
    private final Set<Summary.RcuDeref> rcuDerefs = new LinkedHashSet<>();
    private final Set<Span> gracePeriods = new LinkedHashSet<>();
    private final Set<Summary.CpuUse> cpuUses = new LinkedHashSet<>();
    private int statesAtPoint;
    private int currentState;

    void beginPoint(int states) {
        statesAtPoint = states;
        pointFirst.clear();
        pointStates.clear();
    }

    void state(int index) {
        currentState = index;
    }

    void endPoint() {
        pointFirst.forEach((k, o) -> {
            int seen = pointStates.get(k).size();
            observations.add(o.certain(seen >= statesAtPoint ? Certainty.ALL_PATHS : Certainty.SOME_PATHS));
        });
        pointFirst.clear();
        pointStates.clear();
    }

    @Override
    public void observe(Observation o) {
        Object k = o.key();
        pointFirst.putIfAbsent(k, o);
        pointStates.computeIfAbsent(k, x -> new HashSet<>()).add(currentState);
    }

    @Override
    public void acquisition(Summary.Acquisition a) {
        List<Object> key = new ArrayList<>();
        key.add(a.lock().key());
        key.add(a.lock().site());
        a.heldInside().forEach(h -> key.add(h.key()));
        if (acquisitions.size() < MAX_ITEMS) {
            acquisitions.putIfAbsent(key, a);
        }
    }

    @Override
    public void sleep(Summary.Sleep s) {
        if (sleeps.size() < MAX_ITEMS) {
            sleeps.putIfAbsent(s.site(), s);
        }
    }

    @Override
    public void irqEnable(Summary.IrqEnable e) {
        addCapped(irqEnables, e);
    }

    @Override
    public void rcuDeref(Summary.RcuDeref r) {
        addCapped(rcuDerefs, r);
    }

    @Override
    public void cpuUse(Summary.CpuUse u) {
        addCapped(cpuUses, u);
    }

    @Override
    public void gracePeriod(Span site) {
        addCapped(gracePeriods, site);
    }

    private static <T> void addCapped(Set<T> set, T item) {
        if (set.size() < MAX_ITEMS) {
            set.add(item);
        }
    }

    List<Observation> observations() {
        return observations;
    }

    Summary summary(List<Summary.Exit> exits) {
        return new Summary(exits, new ArrayList<>(acquisitions.values()), new ArrayList<>(sleeps.values()),
                new ArrayList<>(irqEnables), new ArrayList<>(rcuDerefs), new ArrayList<>(gracePeriods), new ArrayList<>(cpuUses));
    }
}
