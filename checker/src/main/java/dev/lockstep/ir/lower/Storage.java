package dev.lockstep.ir.lower;

import dev.lockstep.ir.Value;
import dev.lockstep.sema.Symbol;
import java.util.HashMap;
import java.util.Map;

/** Where each local and parameter of the function being lowered lives. */
final class Storage {

    private final Map<Symbol, Lvalue> places = new HashMap<>();

    void put(Symbol symbol, Lvalue place) {
        places.put(symbol, place);
    }

    Lvalue get(Symbol symbol) {
        return places.get(symbol);
    }

    boolean has(Symbol symbol) {
        return places.containsKey(symbol);
    }

    /**
     * The registers of scalar locals by name; of two locals of one name, the first declared.
     * Names beginning with {@code __} (the stdlib macros' own locals) are left out.
     */
    Map<String, Value.Reg> localRegisters() {
        Map<String, Value.Reg> result = new java.util.TreeMap<>();
        places.entrySet().stream()
                .filter(e -> e.getKey() instanceof Symbol.Local && e.getValue() instanceof Lvalue.InRegister)
                .filter(e -> !e.getKey().name().startsWith("__"))
                .sorted(java.util.Comparator.comparingInt(e -> ((Symbol.Local) e.getKey()).id()))
                .forEach(e -> result.putIfAbsent(e.getKey().name(), ((Lvalue.InRegister) e.getValue()).reg()));
        return java.util.Collections.unmodifiableMap(result);
    }

    static Lvalue global(Symbol.Global g) {
        return new Lvalue.InMemory(new Value.Global(g.name()), g.type());
    }
}
