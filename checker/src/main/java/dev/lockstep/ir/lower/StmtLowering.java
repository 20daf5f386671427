package dev.lockstep.ir.lower;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.Symbol;
import dev.lockstep.sema.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Statements to control flow: blocks, declarations, if, return, goto and labels; loops and switch via helpers. */
final class StmtLowering {

    private final LowerState s;
    private final ExprLowering exprs;
    final JumpTargets targets = new JumpTargets();
    final Cleanups cleanups;
    /** Set when the function body is lowered: the scopes around each label. */
    private LabelScopes labelScopes;
    private final Loops loops;
    private final Switches switches;
    private final Map<String, Integer> labelBlocks = new HashMap<>();
    private final Map<String, Integer> labelLoopIds = new HashMap<>();
    private final Set<String> placedLabels = new HashSet<>();
    /** Initial values for locals declared without an initializer (a litmus test's {@code 0:r1=2}). */
    private final Map<String, Expr> implicitInits;

    StmtLowering(LowerState s, ExprLowering exprs, Map<String, Expr> implicitInits) {
        this.s = s;
        this.exprs = exprs;
        this.loops = new Loops(s, exprs, this);
        this.switches = new Switches(s, exprs, this);
        this.implicitInits = implicitInits;
        this.cleanups = new Cleanups(s);
        exprs.statements(this);
    }

    /** The body of the function: one scope, whose cleanups also run on falling off its end. */
    void body(Stmt.Block body) {
        labelScopes = new LabelScopes(body);
        statement(body);
    }

    void statement(Stmt st) {
        if (st instanceof Stmt.Block b) {
            cleanups.enter(b);
            b.items().forEach(this::statement);
            cleanups.leave(endOf(b.span()));
        } else if (st instanceof Stmt.Declaration d) {
            d.decls().forEach(this::declaration);
        } else if (st instanceof Stmt.ExprStmt e) {
            exprs.discard(e.expr());
        } else if (st instanceof Stmt.If i) {
            ifStatement(i);
        } else if (st instanceof Stmt.While || st instanceof Stmt.DoWhile || st instanceof Stmt.For) {
            loops.loop(st);
        } else if (st instanceof Stmt.Switch sw) {
            switches.lower(sw);
        } else if (st instanceof Stmt.Case || st instanceof Stmt.Default) {
            switches.label(st);
        } else {
            jump(st);
        }
    }

    private void jump(Stmt st) {
        if (st instanceof Stmt.Return r) {
            returnStatement(r);
        } else if (st instanceof Stmt.Break b) {
            JumpTargets.Target target = targets.breakTarget();
            if (target == null) {
                s.diagnostics.error(b.span(), "'break' statement not in loop or switch statement");
            } else {
                cleanups.unwindTo(target.cleanupDepth(), b.span());
                s.cfg.terminate(new Terminator.Jump(target.breakTo(), b.span()));
            }
        } else if (st instanceof Stmt.Continue c) {
            JumpTargets.Target target = targets.continueTarget();
            if (target == null) {
                s.diagnostics.error(c.span(), "'continue' statement not in loop statement");
            } else {
                cleanups.unwindTo(target.cleanupDepth(), c.span());
                s.cfg.terminate(target.continueAt().at(c.span()));
            }
        } else if (st instanceof Stmt.Labeled l) {
            int block = labelBlock(l.label());
            placedLabels.add(l.label());
            s.cfg.jumpTo(block, l.span());
            statement(l.body());
        } else if (st instanceof Stmt.Goto g) {
            gotoStatement(g);
        }
    }

    /** A backward goto ({@code retry:} ... {@code goto retry;}) closes a loop: a counted back edge. */
    private void gotoStatement(Stmt.Goto g) {
        int block = labelBlock(g.label());
        if (labelScopes != null) {
            cleanups.unwindForGoto(labelScopes.of(g.label()), g.span());
        }
        if (placedLabels.contains(g.label())) {
            int id = labelLoopIds.computeIfAbsent(g.label(), k -> s.cfg.newLoopId());
            s.cfg.terminate(new Terminator.LoopBack(block, id, g.span()));
        } else {
            s.cfg.terminate(new Terminator.Jump(block, g.span()));
        }
    }

    private int labelBlock(String label) {
        return labelBlocks.computeIfAbsent(label, k -> s.cfg.newBlock());
    }

    private void ifStatement(Stmt.If i) {
        int then = s.cfg.newBlock();
        int join = s.cfg.newBlock();
        int otherwise = i.otherwise() == null ? join : s.cfg.newBlock();
        exprs.branch(i.condition(), then, otherwise);
        s.cfg.switchTo(then);
        statement(i.then());
        s.cfg.jumpTo(join, i.span());
        if (i.otherwise() != null) {
            s.cfg.switchTo(otherwise);
            statement(i.otherwise());
            s.cfg.jumpTo(join, i.span());
        }
        s.cfg.switchTo(join);
    }

    private void returnStatement(Stmt.Return r) {
        Value v = null;
        if (r.value() != null) {
            if (Types.isVoid(s.type.returns())) {
                exprs.discard(r.value());
            } else {
                v = exprs.places.convert(exprs.rvalue(r.value()), s.typeOf(r.value()), s.type.returns(), r.span());
            }
        }
        cleanups.unwindTo(0, r.span());
        s.cfg.terminate(new Terminator.Return(v, r.span()));
    }

    private void declaration(Decl d) {
        if (!(d instanceof Decl.Var v)) {
            return;
        }
        Symbol sym = s.model.bindings().declaredBy(v);
        if (!(sym instanceof Symbol.Local)) {
            return;
        }
        Lvalue place = LocalPlacement.place(s, (Symbol.Local) sym);
        Expr init = v.init() != null ? v.init() : implicitInits.get(v.name());
        if (init != null) {
            new LocalInit(s, exprs).initialize(place, init, v.span());
        }
        for (dev.lockstep.frontend.ast.Annotation a : v.annotations()) {
            if (a.name().equals(dev.lockstep.frontend.ast.Annotation.CLEANUP)) {
                cleanupOf(v, place, (Expr.Name) a.args().get(0).value());
            }
        }
    }

    /** {@code v} declared with {@code cleanup(fn)}: {@code fn(&v)} at every exit of the current scope. */
    private void cleanupOf(Decl.Var v, Lvalue place, Expr.Name fn) {
        if (!s.defined.contains(fn.name())) {
            s.diagnostics.note(fn.span(), "cleanup function '" + fn.name()
                    + "' has no body: leaving the scope of '" + v.name() + "' does nothing");
            return;
        }
        if (place instanceof Lvalue.InMemory m) {
            cleanups.add(new Cleanups.Action(new Value.FunctionRef(fn.name()), m.address(), guarded(v.init()),
                    v.span()));
        }
    }

    /** The lock class of the one pointer argument of a constructor call that initialises a cleanup variable, or null. */
    private String guarded(Expr init) {
        if (!(init instanceof Expr.Call c)) {
            return null;
        }
        String found = null;
        for (Expr arg : c.args()) {
            if (Types.isPointer(s.typeOf(arg))) {
                if (found != null) {
                    return null;
                }
                found = s.lockClasses.ofPointer(arg);
            }
        }
        return found;
    }

    /** The closing brace of a block. */
    static dev.lockstep.frontend.Span endOf(dev.lockstep.frontend.Span block) {
        return new dev.lockstep.frontend.Span(block.file(), block.endLine(), Math.max(1, block.endColumn() - 1),
                block.endLine(), block.endColumn());
    }

    /** A GNU statement expression: its statements, and the value of the last one when it is an expression. */
    Value statementExpr(Expr.StatementExpr se) {
        cleanups.enter(se.block());
        Value v = statementExprItems(se);
        cleanups.leave(endOf(se.span()));
        return v;
    }

    private Value statementExprItems(Expr.StatementExpr se) {
        var items = se.block().items();
        for (int i = 0; i < items.size() - 1; i++) {
            statement(items.get(i));
        }
        if (items.isEmpty()) {
            return new Value.Const(0);
        }
        Stmt last = items.get(items.size() - 1);
        if (last instanceof Stmt.ExprStmt e) {
            CType t = s.typeOf(se);
            if (Types.isVoid(t)) {
                exprs.discard(e.expr());
                return new Value.Const(0);
            }
            return exprs.rvalue(e.expr());
        }
        statement(last);
        return new Value.Const(0);
    }
}
