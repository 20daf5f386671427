package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/** The identifiers an expression mentions (not looking into statement expressions). */
final class NameWalker {

    private NameWalker() {
    }

    static List<String> names(Expr e) {
        List<String> out = new ArrayList<>();
        walk(e, out);
        return out;
    }

    private static void walk(Expr e, List<String> out) {
        if (e instanceof Expr.Name n) {
            out.add(n.name());
        } else if (e instanceof Expr.Unary u) {
            walk(u.operand(), out);
        } else if (e instanceof Expr.Postfix p) {
            walk(p.operand(), out);
        } else if (e instanceof Expr.Binary b) {
            walk(b.left(), out);
            walk(b.right(), out);
        } else if (e instanceof Expr.Member m) {
            walk(m.object(), out);
        } else if (e instanceof Expr.Index i) {
            walk(i.array(), out);
            walk(i.index(), out);
        } else if (e instanceof Expr.Cast c) {
            walk(c.operand(), out);
        } else if (e instanceof Expr.Call c) {
            walk(c.callee(), out);
            c.args().forEach(a -> walk(a, out));
        } else if (!(e instanceof Expr.IntLit || e instanceof Expr.CharLit || e instanceof Expr.StringLit)) {
            out.add("(complex)");
        }
    }
}
