package dev.lockstep.memory.cat;

import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.GraphView;
import dev.lockstep.memory.KernelTag;
import dev.lockstep.memory.Relation;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

/**
 * The names every model starts from, over one graph, each computed when first used. Sets:
 * {@code R}, {@code W}, {@code F}, {@code M} (reads and writes), {@code IW} (initial writes),
 * {@code _} (every event) and one per kernel tag ({@link KernelTag#catName()}). Relations:
 * {@code po}, {@code rf}, {@code co}, {@code fr}, {@code rmw}, {@code addr}, {@code data},
 * {@code ctrl}, {@code loc} (same location), {@code int} (same CPU), {@code ext} (not {@code int}),
 * {@code id}. Functions: {@code domain}, {@code range}, {@code fencerel}.
 */
final class Primitives {

    /** Every name this class defines, for the message about an unknown one. */
    static final List<String> SETS = List.of("R", "W", "F", "M", "IW", "_");
    static final List<String> RELATIONS = List.of("po", "rf", "co", "fr", "rmw", "addr", "data", "ctrl", "loc", "int",
            "ext", "id");

    private final GraphView g;
    private final int n;
    private static final Map<String, Value.Builtin> BUILTINS = Arrays.stream(Value.Builtin.values())
            .collect(Collectors.toUnmodifiableMap(b -> b.catName, b -> b));
    private static final Map<String, KernelTag> TAGS = Arrays.stream(KernelTag.values())
            .collect(Collectors.toUnmodifiableMap(KernelTag::catName, t -> t));

    private final Map<String, Value> cache = new HashMap<>();
    /** Where the static primitives' values are kept across graphs of one shape, or null. */
    private final Map<String, Value> staticCache;
    private Map<Integer, BitSet> cpus;
    private Map<KernelTag, BitSet> tagged;

    /** The primitives of {@code graph}, the static ones ({@link StaticNames}) kept in {@code staticCache} if not null. */
    Primitives(GraphView graph, Map<String, Value> staticCache) {
        this.g = graph;
        this.n = graph.size();
        this.staticCache = staticCache;
    }

    int size() {
        return n;
    }

    /** The primitive called {@code name}, or null. */
    Value lookup(String name) {
        Map<String, Value> kept = staticCache != null && StaticNames.isStaticPrimitive(name) ? staticCache : cache;
        Value v = kept.get(name);
        if (v == null) {
            v = compute(name);
            if (v != null) {
                kept.put(name, v);
            }
        }
        return v;
    }

    BitSet all() {
        BitSet s = new BitSet(n);
        s.set(0, n);
        return s;
    }

    Relation po() {
        return ((Value.Rel) lookup("po")).relation();
    }

    private Value compute(String name) {
        Value.Builtin builtin = BUILTINS.get(name);
        if (builtin != null) {
            return builtin;
        }
        KernelTag tag = TAGS.get(name);
        if (tag != null) {
            return new Value.Events(tagged().get(tag));
        }
        return switch (name) {
            case "R" -> set(e -> g.kind(e) == EventKind.READ);
            case "W" -> set(e -> g.kind(e) == EventKind.WRITE);
            case "F" -> set(e -> g.kind(e) == EventKind.FENCE);
            case "M" -> set(e -> g.kind(e) != EventKind.FENCE);
            case "IW" -> set(g::isInit);
            case "_" -> new Value.Events(all());
            case "po" -> programOrder();
            case "int" -> sameGroup(cpus(), Membership.SAME);
            case "ext" -> sameGroup(cpus(), Membership.OTHER);
            case "loc" -> sameGroup(groups(g::location), Membership.SAME);
            case "id" -> new Value.Rel(Relation.identity(n));
            case "rf" -> readsFrom();
            case "co" -> coherence();
            case "fr" -> new Value.Rel(rel("rf").inverse().then(rel("co")));
            case "rmw" -> edges(e -> g.kind(e) == EventKind.READ && g.rmwPartner(e) >= 0 ? List.of(g.rmwPartner(e))
                    : List.of(), Direction.FORWARD);
            case "addr" -> edges(g::addrDeps, Direction.BACKWARD);
            case "data" -> edges(g::dataDeps, Direction.BACKWARD);
            case "ctrl" -> edges(g::ctrlDeps, Direction.BACKWARD);
            default -> null;
        };
    }

    /** The events of each kernel tag, all found in one pass over the events when a model first asks for one. */
    private Map<KernelTag, BitSet> tagged() {
        if (tagged == null) {
            tagged = new EnumMap<>(KernelTag.class);
            for (KernelTag t : KernelTag.values()) {
                tagged.put(t, new BitSet(n));
            }
            for (int e = 0; e < n; e++) {
                for (KernelTag t : g.tags(e)) {
                    tagged.get(t).set(e);
                }
            }
        }
        return tagged;
    }

    private Relation rel(String name) {
        return ((Value.Rel) lookup(name)).relation();
    }

    private Value set(IntPredicate member) {
        BitSet s = new BitSet(n);
        for (int e = 0; e < n; e++) {
            if (member.test(e)) {
                s.set(e);
            }
        }
        return new Value.Events(s);
    }

    /** The events per value of {@code group} (CPU or location), -1 (none) left out. */
    private Map<Integer, BitSet> groups(IntUnaryOperator group) {
        Map<Integer, BitSet> groups = new HashMap<>();
        for (int e = 0; e < n; e++) {
            int key = group.applyAsInt(e);
            if (key >= 0) {
                groups.computeIfAbsent(key, k -> new BitSet(n)).set(e);
            }
        }
        return groups;
    }

    /** Whether {@link #sameGroup} relates the events of one group or those of different ones. */
    private enum Membership { SAME, OTHER }

    /** The events of each CPU. */
    private Map<Integer, BitSet> cpus() {
        if (cpus == null) {
            cpus = groups(g::thread);
        }
        return cpus;
    }

    /**
     * Relates two events in the same group (SAME) or not (OTHER); an event in no group is in the
     * same group as nothing.
     */
    private Value sameGroup(Map<Integer, BitSet> groups, Membership membership) {
        Relation.Builder b = new Relation.Builder(n);
        BitSet grouped = new BitSet(n);
        for (BitSet group : groups.values()) {
            grouped.or(group);
            BitSet related = group;
            if (membership == Membership.OTHER) {
                related = all();
                related.andNot(group);
            }
            for (int e = group.nextSetBit(0); e >= 0; e = group.nextSetBit(e + 1)) {
                b.addAll(e, related);
            }
        }
        if (membership == Membership.OTHER) {
            BitSet all = all();
            for (int e = grouped.nextClearBit(0); e < n; e = grouped.nextClearBit(e + 1)) {
                b.addAll(e, all);
            }
        }
        return new Value.Rel(b.build());
    }

    /** Each CPU's events in the order of their positions. */
    private Value programOrder() {
        Relation.Builder b = new Relation.Builder(n);
        for (BitSet cpu : cpus().values()) {
            long[] byPosition = new long[cpu.cardinality()];
            int i = 0;
            for (int e = cpu.nextSetBit(0); e >= 0; e = cpu.nextSetBit(e + 1)) {
                byPosition[i++] = (long) g.poIndex(e) << 32 | e;
            }
            Arrays.sort(byPosition);
            BitSet later = new BitSet(n);
            for (i = byPosition.length - 1; i >= 0; i--) {
                int e = (int) byPosition[i];
                b.addAll(e, later);
                later.set(e);
            }
        }
        return new Value.Rel(b.build());
    }

    private Value readsFrom() {
        Relation.Builder b = new Relation.Builder(n);
        for (int e = 0; e < n; e++) {
            int w = g.kind(e) == EventKind.READ ? g.readsFrom(e) : -1;
            if (w >= 0) {
                b.add(w, e);
            }
        }
        return new Value.Rel(b.build());
    }

    private Value coherence() {
        Relation.Builder b = new Relation.Builder(n);
        for (int l = 0; l < g.locationCount(); l++) {
            List<Integer> order = g.coherence(l);
            for (int i = 0; i < order.size(); i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    b.add(order.get(i), order.get(j));
                }
            }
        }
        return new Value.Rel(b.build());
    }

    /** Which end of an edge the listed events are: FORWARD lists an event's successors, BACKWARD its predecessors. */
    private enum Direction { FORWARD, BACKWARD }

    private Value edges(java.util.function.IntFunction<List<Integer>> listed, Direction direction) {
        Relation.Builder b = new Relation.Builder(n);
        for (int e = 0; e < n; e++) {
            for (int other : listed.apply(e)) {
                if (other >= 0 && other < n) {
                    if (direction == Direction.FORWARD) {
                        b.add(e, other);
                    } else {
                        b.add(other, e);
                    }
                }
            }
        }
        return new Value.Rel(b.build());
    }
}
