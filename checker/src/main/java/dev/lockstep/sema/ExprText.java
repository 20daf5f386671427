package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Expr;
import java.util.stream.Collectors;

/** A compact C rendering of an expression, for lock classes that have no better name and for messages. */
public final class ExprText {

    private ExprText() {
    }

    public static String render(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return i.text() != null ? i.text() : Long.toString(i.value());
        }
        if (e instanceof Expr.CharLit c) {
            return c.text();
        }
        if (e instanceof Expr.StringLit s) {
            return '"' + s.text() + '"';
        }
        if (e instanceof Expr.Name n) {
            return n.name();
        }
        if (e instanceof Expr.Unary u) {
            return u.op() + render(u.operand());
        }
        if (e instanceof Expr.Postfix p) {
            return render(p.operand()) + p.op();
        }
        if (e instanceof Expr.Binary b) {
            return render(b.left()) + " " + b.op() + " " + render(b.right());
        }
        if (e instanceof Expr.Assign a) {
            return render(a.target()) + " " + a.op() + " " + render(a.value());
        }
        if (e instanceof Expr.Call c) {
            return render(c.callee()) + "(" + c.args().stream().map(ExprText::render).collect(Collectors.joining(", "))
                    + ")";
        }
        if (e instanceof Expr.Index i) {
            return render(i.array()) + "[" + render(i.index()) + "]";
        }
        if (e instanceof Expr.Member m) {
            return render(m.object()) + (m.access() == Expr.Access.ARROW ? "->" : ".") + m.field();
        }
        if (e instanceof Expr.Cast c) {
            return render(c.operand());
        }
        if (e instanceof Expr.Conditional c) {
            return render(c.condition()) + " ? " + render(c.then()) + " : " + render(c.otherwise());
        }
        return "(...)";
    }
}
