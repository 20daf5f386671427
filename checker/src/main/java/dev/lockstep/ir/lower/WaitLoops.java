package dev.lockstep.ir.lower;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.sema.FunctionInfo;
import dev.lockstep.sema.SemanticModel;
import dev.lockstep.sema.Symbol;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognises side-effect-free wait loops, {@code while (!READ_ONCE(flag)) cpu_relax();} or
 * {@code while (READ_ONCE(x) == 0);}: the condition only reads (plain or {@code __ls_load}) and
 * computes; the body does nothing but compiler barriers and functions that do nothing else.
 */
final class WaitLoops {

    private final SemanticModel model;

    WaitLoops(SemanticModel model) {
        this.model = model;
    }

    boolean isWait(Expr condition, Stmt body) {
        return condition != null && readsMemory(condition) && pureCondition(condition)
                && idle(body, new HashSet<>());
    }

    /** A condition with no load is no wait (a constant loop is a real loop, or a bug). */
    private boolean readsMemory(Expr e) {
        return !(e instanceof Expr.IntLit || e instanceof Expr.CharLit);
    }

    private boolean pureCondition(Expr e) {
        if (e instanceof Expr.IntLit || e instanceof Expr.CharLit || e instanceof Expr.Name
                || e instanceof Expr.SizeofType || e instanceof Expr.SizeofExpr) {
            return true;
        }
        if (e instanceof Expr.Unary u) {
            return !u.op().equals("++") && !u.op().equals("--") && pureCondition(u.operand());
        }
        if (e instanceof Expr.Binary b) {
            return pureCondition(b.left()) && pureCondition(b.right());
        }
        if (e instanceof Expr.Member m) {
            return pureCondition(m.object());
        }
        if (e instanceof Expr.Index i) {
            return pureCondition(i.array()) && pureCondition(i.index());
        }
        if (e instanceof Expr.Cast c) {
            return pureCondition(c.operand());
        }
        if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name n && n.name().equals("__ls_load")) {
            return c.args().stream().allMatch(this::pureCondition);
        }
        if (e instanceof Expr.StatementExpr se) {
            return se.block().items().stream().allMatch(this::pureItem);
        }
        return false;
    }

    private boolean pureItem(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            return pureCondition(e.expr());
        }
        if (s instanceof Stmt.Declaration d) {
            return d.decls().stream().allMatch(x -> x instanceof Decl.Var v && !v.storage().contains("static")
                    && (v.init() == null || pureCondition(v.init())));
        }
        return s instanceof Stmt.Empty;
    }

    /** A body that only relaxes: empty statements, compiler barriers, calls of functions that only do that. */
    private boolean idle(Stmt s, Set<String> visiting) {
        if (s == null || s instanceof Stmt.Empty) {
            return true;
        }
        if (s instanceof Stmt.Block b) {
            return b.items().stream().allMatch(x -> idle(x, visiting));
        }
        if (s instanceof Stmt.ExprStmt e) {
            return idleExpr(e.expr(), visiting);
        }
        if (s instanceof Stmt.DoWhile d) {
            return d.condition() instanceof Expr.IntLit lit && lit.value() == 0 && idle(d.body(), visiting);
        }
        return false;
    }

    private boolean idleExpr(Expr e, Set<String> visiting) {
        if (e instanceof Expr.Cast c) {
            return idleExpr(c.operand(), visiting);
        }
        if (e instanceof Expr.StatementExpr se) {
            return se.block().items().stream().allMatch(x -> idle(x, visiting));
        }
        if (!(e instanceof Expr.Call c) || !(c.callee() instanceof Expr.Name n)) {
            return false;
        }
        if (n.name().equals("__ls_fence")) {
            return c.args().size() == 1 && c.args().get(0) instanceof Expr.Name k && k.name().equals("__LS_BARRIER");
        }
        if (!c.args().isEmpty() || !(model.bindings().symbolOf(n) instanceof Symbol.Function f)) {
            return false;
        }
        FunctionInfo info = model.function(f.name()).orElse(null);
        if (info == null || !info.isDefined() || !visiting.add(f.name())) {
            return false;
        }
        return idle(info.definition().body(), visiting);
    }
}
