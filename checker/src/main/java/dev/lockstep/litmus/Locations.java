package dev.lockstep.litmus;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shared locations of a litmus test (declared in the initial state or as process parameters),
 * their initial values, and the encoding of their addresses as values: the address of location
 * {@code i} is {@code ADDRESS_BASE + i}, printed as the location's name.
 */
final class Locations {

    static final long ADDRESS_BASE = 0x4c00_0000_0000L;

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<Long> initial = new ArrayList<>();

    Locations(Litmus test) {
        for (Litmus.InitEntry e : test.init()) {
            if (e.process() < 0) {
                declare(e.name());
            }
        }
        for (Litmus.InitEntry e : test.init()) {
            if (e.value() instanceof Expr.Name n) {
                declare(n.name());
            } else if (e.value() instanceof Expr.Unary u && u.op().equals("&") && u.operand() instanceof Expr.Name n) {
                declare(n.name());
            }
        }
        for (Decl.Function p : test.processes()) {
            for (Param param : p.params()) {
                if (param.name() != null) {
                    declare(param.name());
                }
            }
        }
        for (Litmus.Location l : test.locations()) {
            if (l.process() < 0) {
                declare(l.name());
            }
        }
        for (Litmus.InitEntry e : test.init()) {
            if (e.process() < 0 && e.value() != null) {
                initial.set(ids.get(e.name()), constant(e.value()));
            }
        }
    }

    private void declare(String name) {
        if (!ids.containsKey(name)) {
            ids.put(name, ids.size());
            initial.add(0L);
        }
    }

    int count() {
        return ids.size();
    }

    List<String> names() {
        return List.copyOf(ids.keySet());
    }

    Optional<Integer> id(String name) {
        return Optional.ofNullable(ids.get(name));
    }

    long initialValue(int location) {
        return initial.get(location);
    }

    static long address(int location) {
        return ADDRESS_BASE + location;
    }

    /** The location whose address {@code value} is, if it is one. */
    Optional<Integer> locationAt(long value) {
        long l = value - ADDRESS_BASE;
        return l >= 0 && l < ids.size() ? Optional.of((int) l) : Optional.empty();
    }

    /** {@code value} as herd prints it: a number, or a location's name for its address. */
    String format(long value) {
        return locationAt(value).map(l -> names().get(l)).orElse(Long.toString(value));
    }

    /**
     * The value of a constant of the initial state or the final condition: a number, a location's
     * name or its address ({@code &x}, meaning the same).
     */
    long constant(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return i.value();
        }
        if (e instanceof Expr.CharLit c) {
            return c.value();
        }
        if (e instanceof Expr.Name n) {
            return address(id(n.name())
                    .orElseThrow(() -> new LitmusException("unknown location '" + n.name() + "'", n.span())));
        }
        if (e instanceof Expr.Unary u && (u.op().equals("&") || u.op().equals("-"))) {
            return u.op().equals("&") ? constant(u.operand()) : -constant(u.operand());
        }
        if (e instanceof Expr.Cast c) {
            return constant(c.operand());
        }
        throw new LitmusException("not a constant", e.span());
    }
}
