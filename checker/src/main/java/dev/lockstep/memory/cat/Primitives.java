package dev.lockstep.memory.cat;

import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.GraphView;
import dev.lockstep.memory.KernelTag;
import dev.lockstep.memory.Relation;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

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
    private final Map<String, Value> cache = new HashMap<>();

    Primitives(GraphView graph) {
        this.g = graph;
        this.n = graph.size();
    }

    int size() {
        return n;
    }

    /** The primitive called {@code name}, or null. */
    Value lookup(String name) {
        Value v = cache.get(name);
        if (v == null) {
            v = compute(name);
            if (v != null) {
                cache.put(name, v);
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
        for (Value.Builtin b : Value.Builtin.values()) {
            if (b.catName.equals(name)) {
                return b;
            }
        }
        for (KernelTag t : KernelTag.values()) {
            if (t.catName().equals(name)) {
                return set(e -> g.tags(e).contains(t));
            }
        }
        return switch (name) {
            case "R" -> set(e -> g.kind(e) == EventKind.READ);
            case "W" -> set(e -> g.kind(e) == EventKind.WRITE);
            case "F" -> set(e -> g.kind(e) == EventKind.FENCE);
            case "M" -> set(e -> g.kind(e) != EventKind.FENCE);
            case "IW" -> set(g::isInit);
            case "_" -> new Value.Events(all());
            case "po" -> pairs((a, b) -> g.thread(a) >= 0 && g.thread(a) == g.thread(b) && g.poIndex(a) < g.poIndex(b));
            case "int" -> pairs((a, b) -> g.thread(a) >= 0 && g.thread(a) == g.thread(b));
            case "ext" -> pairs((a, b) -> g.thread(a) < 0 || g.thread(a) != g.thread(b));
            case "loc" -> pairs((a, b) -> g.location(a) >= 0 && g.location(a) == g.location(b));
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

    private interface PairPredicate {
        boolean test(int a, int b);
    }

    private Value pairs(PairPredicate related) {
        Relation.Builder b = new Relation.Builder(n);
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                if (related.test(x, y)) {
                    b.add(x, y);
                }
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
