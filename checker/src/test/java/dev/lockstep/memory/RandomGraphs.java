package dev.lockstep.memory;

import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random complete execution graphs with every kind of event the models distinguish: plain, once,
 * acquire and release accesses, RMWs of each ordering (some reads without their write, as a failed
 * cmpxchg), lock acquisitions and unlocks, every fence (and, when asked, RCU fences), and address,
 * data and control dependencies on earlier reads.
 */
final class RandomGraphs {

    private final Random random;
    private final List<Insn.FenceKind> fences;
    private final List<Primitive> primitives;
    private final List<Primitive> rcu;
    private final List<Insn.Access> readModes;

    /**
     * Graphs with {@code fences}, the lock and RCU events among {@code primitives} ({@code LOCK}
     * and {@code UNLOCK} mark some acquire RMWs and release stores), and reads marked as
     * {@code readModes} (once three times as often as the others).
     */
    RandomGraphs(long seed, List<Insn.FenceKind> fences, List<Primitive> primitives, List<Insn.Access> readModes) {
        this.random = new Random(seed);
        this.fences = fences;
        this.primitives = primitives;
        this.rcu = primitives.stream().filter(p -> p.name().contains("RCU")).toList();
        this.readModes = new java.util.ArrayList<>(readModes);
        this.readModes.addAll(List.of(Insn.Access.ONCE, Insn.Access.ONCE, Insn.Access.ONCE));
    }

    ExecutionGraph next() {
        ExecutionGraph g = new ExecutionGraph();
        int locations = 2 + random.nextInt(2);
        for (int l = 0; l < locations; l++) {
            g.declareLocation(0);
        }
        int threads = 2 + random.nextInt(3);
        List<Integer> reads = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Integer> earlierReads = new ArrayList<>();
            int events = 2 + random.nextInt(4);
            for (int i = 0; i < events; i++) {
                addEvent(g, t, random.nextInt(locations), earlierReads, reads);
            }
        }
        for (int l = 0; l < locations; l++) {
            List<Integer> co = g.coherence(l);
            List<Integer> writes = new ArrayList<>(co.subList(1, co.size()));
            Collections.shuffle(writes, random);
            keepProgramOrderPerThread(g, writes);
            co.subList(1, co.size()).clear();
            co.addAll(writes);
        }
        for (int r : reads) {
            Event read = g.event(r);
            List<Integer> sources = g.coherence(read.location()).stream()
                    .filter(w -> g.event(w).thread() != read.thread() || w < r).toList();
            g.setReadsFrom(r, sources.get(random.nextInt(sources.size())));
        }
        return g;
    }

    /** Most coherence orders that put a CPU's writes out of program order are incoherent: avoid them. */
    private static void keepProgramOrderPerThread(ExecutionGraph g, List<Integer> writes) {
        for (int t = 0; t < g.threadCount(); t++) {
            List<Integer> slots = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                if (g.event(writes.get(i)).thread() == t) {
                    slots.add(i);
                    ids.add(writes.get(i));
                }
            }
            Collections.sort(ids);
            for (int k = 0; k < slots.size(); k++) {
                writes.set(slots.get(k), ids.get(k));
            }
        }
    }

    private void addEvent(ExecutionGraph g, int t, int location, List<Integer> earlierReads, List<Integer> reads) {
        int choice = random.nextInt(20);
        if (choice < 2 && !rcu.isEmpty() && random.nextInt(4) == 0) {
            g.append(t, new Event(0, t, 0, EventKind.FENCE, -1, 0, null, null, null, -1, List.of(), List.of(),
                    deps(earlierReads), null, rcu.get(random.nextInt(rcu.size()))));
        } else if (choice < 2) {
            Insn.FenceKind f = fences.get(random.nextInt(fences.size()));
            g.append(t, new Event(0, t, 0, EventKind.FENCE, -1, 0, null, null, f, -1, List.of(), List.of(),
                    deps(earlierReads), null));
        } else if (choice < 10) {
            Insn.Access mode = readModes.get(random.nextInt(readModes.size()));
            Event r = g.append(t, new Event(0, t, 0, EventKind.READ, location, 0, mode, null, null, -1,
                    deps(earlierReads), List.of(), deps(earlierReads), null));
            reads.add(r.id());
            earlierReads.add(r.id());
        } else if (choice < 17) {
            Insn.Access mode = random.nextInt(4) > 0 ? Insn.Access.ONCE : Insn.Access.RELEASE;
            boolean unlock = mode == Insn.Access.RELEASE && primitives.contains(Primitive.UNLOCK) && random.nextBoolean();
            Event w = g.append(t, new Event(0, t, 0, EventKind.WRITE, location, unlock ? 0 : 1, mode, null, null, -1,
                    deps(earlierReads), deps(earlierReads), deps(earlierReads), null, unlock ? Primitive.UNLOCK : null));
            g.insertCoherence(w.id(), g.coherence(location).size());
        } else {
            addRmw(g, t, location, earlierReads, reads);
        }
    }

    private void addRmw(ExecutionGraph g, int t, int location, List<Integer> earlierReads, List<Integer> reads) {
        Insn.Ordering o = Insn.Ordering.values()[random.nextInt(Insn.Ordering.values().length)];
        Primitive lock = o == Insn.Ordering.ACQUIRE && primitives.contains(Primitive.LOCK) && random.nextBoolean()
                ? Primitive.LOCK : null;
        boolean failed = random.nextInt(4) == 0;
        int writeId = failed ? -1 : g.size() + 1;
        Event r = g.append(t, new Event(0, t, 0, EventKind.READ, location, 0, null, o, null, writeId,
                deps(earlierReads), List.of(), deps(earlierReads), null, lock));
        reads.add(r.id());
        if (!failed) {
            Event w = g.append(t, new Event(0, t, 0, EventKind.WRITE, location, 1, null, o, null, r.id(),
                    List.of(), List.of(r.id()), deps(earlierReads), null, lock));
            g.insertCoherence(w.id(), g.coherence(location).size());
        }
        earlierReads.add(r.id());
    }

    private List<Integer> deps(List<Integer> earlierReads) {
        if (earlierReads.isEmpty() || random.nextInt(4) != 0) {
            return List.of();
        }
        return List.of(earlierReads.get(random.nextInt(earlierReads.size())));
    }
}
