package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.List;
import java.util.Map;

/**
 * A litmus proposition as a C expression over the globals of the converted program: a register
 * {@code 1:r0} is the global its process copies it to, a location is read directly (an atomic one
 * through its {@code atomic*_read}), and a location's name as a value is its address
 * ({@code 1:r0=x} is {@code P1_r0 == &x}).
 */
final class ConditionAsC {

    private static final Span S = Span.NONE;
    private static final Map<String, String> ATOMIC_READ = Map.of("atomic_t", "atomic_read",
            "atomic_long_t", "atomic_long_read", "atomic64_t", "atomic64_read");

    private final Map<String, TypeRef> locations;

    /** {@code locations}: each location's name and the type of its global. */
    ConditionAsC(Map<String, TypeRef> locations) {
        this.locations = locations;
    }

    /** The name of the global that process {@code process}'s register {@code register} is copied to. */
    static String registerGlobal(int process, String register) {
        return "P" + process + "_" + register;
    }

    Expr expr(Litmus.Prop prop) {
        if (prop instanceof Litmus.Prop.And a) {
            return new Expr.Binary("&&", expr(a.left()), expr(a.right()), S);
        } else if (prop instanceof Litmus.Prop.Or o) {
            return new Expr.Binary("||", expr(o.left()), expr(o.right()), S);
        } else if (prop instanceof Litmus.Prop.Implies i) {
            return new Expr.Binary("||", new Expr.Unary("!", expr(i.left()), S), expr(i.right()), S);
        } else if (prop instanceof Litmus.Prop.Not n) {
            return new Expr.Unary("!", expr(n.operand()), S);
        } else if (prop instanceof Litmus.Prop.Const c) {
            return new Expr.IntLit(c.value() ? 1 : 0, c.value() ? "1" : "0", S);
        }
        Litmus.Prop.Equals e = (Litmus.Prop.Equals) prop;
        return new Expr.Binary("==", subject(e), value(e.value()), S);
    }

    private Expr subject(Litmus.Prop.Equals e) {
        if (e.process() >= 0) {
            return new Expr.Name(registerGlobal(e.process(), e.name()), S);
        }
        TypeRef type = locations.get(e.name());
        if (type == null) {
            throw new IllegalArgumentException(e.span() + ": the condition names '" + e.name()
                    + "', which is neither a register nor a location of the test");
        }
        Expr location = new Expr.Name(e.name(), S);
        String read = type instanceof TypeRef.Named n ? ATOMIC_READ.get(n.name()) : null;
        return read == null ? location
                : new Expr.Call(new Expr.Name(read, S), List.of(new Expr.Unary("&", location, S)), S);
    }

    /** A number as written, or a location's name: its address. */
    private Expr value(Expr value) {
        if (value instanceof Expr.Name n) {
            if (!locations.containsKey(n.name())) {
                throw new IllegalArgumentException(n.span() + ": '" + n.name() + "' is not a location of the test");
            }
            return new Expr.Unary("&", value, S);
        }
        return value;
    }
}
