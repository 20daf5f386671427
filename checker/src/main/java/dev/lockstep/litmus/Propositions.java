package dev.lockstep.litmus;

import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Litmus.Prop;
import java.util.function.Consumer;

/** Evaluating and printing the propositions of final conditions (herd's syntax: {@code /\}, {@code \/}, {@code ~}, {@code =>}). */
final class Propositions {

    private Propositions() {}

    static boolean holds(Prop p, FinalState s) {
        if (p instanceof Prop.Equals e) {
            return value(e, s) == s.constant(e.value());
        } else if (p instanceof Prop.Not n) {
            return !holds(n.operand(), s);
        } else if (p instanceof Prop.And a) {
            return holds(a.left(), s) && holds(a.right(), s);
        } else if (p instanceof Prop.Or o) {
            return holds(o.left(), s) || holds(o.right(), s);
        } else if (p instanceof Prop.Implies i) {
            return !holds(i.left(), s) || holds(i.right(), s);
        }
        return ((Prop.Const) p).value();
    }

    /** The value of the register or location {@code e} tests. */
    static long value(Prop.Equals e, FinalState s) {
        return e.process() >= 0 ? s.register(e.process(), e.name()) : s.location(e.name(), e.span());
    }

    /** Calls {@code visitor} on every {@code p:r=v} / {@code x=v} of {@code p}, left to right. */
    static void forEachEquals(Prop p, Consumer<Prop.Equals> visitor) {
        if (p instanceof Prop.Equals e) {
            visitor.accept(e);
        } else if (p instanceof Prop.Not n) {
            forEachEquals(n.operand(), visitor);
        } else if (p instanceof Prop.And a) {
            forEachEquals(a.left(), visitor);
            forEachEquals(a.right(), visitor);
        } else if (p instanceof Prop.Or o) {
            forEachEquals(o.left(), visitor);
            forEachEquals(o.right(), visitor);
        } else if (p instanceof Prop.Implies i) {
            forEachEquals(i.left(), visitor);
            forEachEquals(i.right(), visitor);
        }
    }

    static String text(Prop p) {
        if (p instanceof Prop.Equals e) {
            return (e.process() >= 0 ? e.process() + ":" : "") + e.name() + "=" + constantText(e.value());
        } else if (p instanceof Prop.Not n) {
            return "~" + operand(n.operand());
        } else if (p instanceof Prop.And a) {
            return operand(a.left()) + " /\\ " + operand(a.right());
        } else if (p instanceof Prop.Or o) {
            return operand(o.left()) + " \\/ " + operand(o.right());
        } else if (p instanceof Prop.Implies i) {
            return operand(i.left()) + " => " + operand(i.right());
        }
        return ((Prop.Const) p).value() ? "true" : "false";
    }

    private static String operand(Prop p) {
        boolean atomic = p instanceof Prop.Equals || p instanceof Prop.Const || p instanceof Prop.Not;
        return atomic ? text(p) : "(" + text(p) + ")";
    }

    private static String constantText(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return Long.toString(i.value());
        } else if (e instanceof Expr.Name n) {
            return n.name();
        } else if (e instanceof Expr.Unary u) {
            return u.op() + constantText(u.operand());
        }
        return e.toString();
    }
}
