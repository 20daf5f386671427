package dev.lockstep.memory.cat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The names in scope at a point of a model, innermost first: each {@code let} adds a layer whose
 * values are computed when first used (and then kept), so definitions no check needs cost nothing.
 * The outermost layer is the graph's {@link Primitives}.
 */
final class Env {

    private final Env parent;
    private final Primitives primitives;
    private final Map<String, Lazy> names;

    private Env(Env parent, Primitives primitives, Map<String, Lazy> names) {
        this.parent = parent;
        this.primitives = primitives;
        this.names = names;
    }

    /** The outermost layer over {@code primitives}, empty until {@link #define}d into. */
    static Env of(Primitives primitives) {
        return new Env(null, primitives, new LinkedHashMap<>());
    }

    /** Adds {@code name} to this layer, its value computed on first use. */
    void define(String name, Supplier<Value> value) {
        names.put(name, new Lazy(value));
    }

    /** A layer on top of this one with {@code values} (computed on first use). */
    Env with(Map<String, Supplier<Value>> values) {
        Map<String, Lazy> layer = new LinkedHashMap<>();
        values.forEach((name, supplier) -> layer.put(name, new Lazy(supplier)));
        return new Env(this, primitives, layer);
    }

    /** A layer with {@code values} already computed. */
    Env withValues(Map<String, Value> values) {
        Map<String, Lazy> layer = new LinkedHashMap<>();
        values.forEach((name, value) -> layer.put(name, new Lazy(() -> value)));
        return new Env(this, primitives, layer);
    }

    /** The value of {@code name}, or null when nothing of that name is in scope. */
    Value lookup(String name) {
        for (Env e = this; e != null; e = e.parent) {
            Lazy lazy = e.names.get(name);
            if (lazy != null) {
                return lazy.get();
            }
        }
        return primitives.lookup(name);
    }

    /** Computes every value of this layer (to find errors in definitions nothing uses yet). */
    void force() {
        names.values().forEach(Lazy::get);
    }

    Primitives primitives() {
        return primitives;
    }

    /** A value computed once, when first asked for. */
    private static final class Lazy {
        private Supplier<Value> supplier;
        private Value value;

        Lazy(Supplier<Value> supplier) {
            this.supplier = supplier;
        }

        Value get() {
            if (value == null) {
                value = supplier.get();
                supplier = null;
            }
            return value;
        }
    }
}
