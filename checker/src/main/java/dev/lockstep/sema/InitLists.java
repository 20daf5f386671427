package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Expr;

/** Questions about brace initializers. */
final class InitLists {

    private InitLists() {
    }

    /** The number of elements an array initializer gives an array of unknown length. */
    static long length(Expr.InitList list) {
        long next = 0;
        long max = 0;
        for (Expr.InitItem item : list.items()) {
            if (!item.designators().isEmpty() && item.designators().get(0) instanceof Expr.Designator.Element e
                    && e.index() instanceof Expr.IntLit lit) {
                next = lit.value();
            }
            next++;
            max = Math.max(max, next);
        }
        return max;
    }
}
