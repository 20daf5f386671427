package dev.lockstep.sema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One level of C's ordinary identifier name space; lookups walk out to the file scope. */
final class Scope {

    private final Scope parent;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Scope parent() {
        return parent;
    }

    void declare(Symbol symbol) {
        symbols.put(symbol.name(), symbol);
    }

    /** Declares {@code symbol} under another name (a static local is the global {@code function.name}). */
    void declare(String name, Symbol symbol) {
        symbols.put(name, symbol);
    }

    Optional<Symbol> lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol found = s.symbols.get(name);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }
}
