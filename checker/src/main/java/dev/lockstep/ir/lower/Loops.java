package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.Types;
import java.util.OptionalLong;

/**
 * {@code while}, {@code do}/{@code while} and {@code for}: each loop gets an id and ends in
 * {@link Terminator.LoopBack} back edges; a side-effect-free wait loop becomes the loads of its
 * condition and one {@link Insn.Await}; {@code do { } while (0)} is no loop at all.
 */
final class Loops {

    private final LowerState s;
    private final ExprLowering exprs;
    private final StmtLowering stmts;
    private final WaitLoops waits;

    Loops(LowerState s, ExprLowering exprs, StmtLowering stmts) {
        this.s = s;
        this.exprs = exprs;
        this.stmts = stmts;
        this.waits = new WaitLoops(s.model);
    }

    void loop(Stmt st) {
        if (st instanceof Stmt.While w) {
            whileLoop(w.condition(), null, w.body(), w.span());
        } else if (st instanceof Stmt.DoWhile d) {
            doWhile(d);
        } else {
            Stmt.For f = (Stmt.For) st;
            stmts.cleanups.enter(f);
            if (f.init() != null) {
                stmts.statement(f.init());
            }
            whileLoop(f.condition(), f.step(), f.body(), f.span());
            stmts.cleanups.leave(f.span());
        }
    }

    private void whileLoop(Expr condition, Expr step, Stmt body, Span span) {
        if (step == null && waits.isWait(condition, body)) {
            await(condition);
            return;
        }
        int id = s.cfg.newLoopId();
        int header = s.cfg.newBlock();
        int bodyBlock = s.cfg.newBlock();
        int exit = s.cfg.newBlock();
        s.cfg.jumpTo(header, span);
        if (isConstant(condition, 0)) {
            s.cfg.terminate(new Terminator.Jump(exit, span));
        } else if (condition == null || constant(condition).isPresent()) {
            s.cfg.terminate(new Terminator.Jump(bodyBlock, span));
        } else {
            exprs.branch(condition, bodyBlock, exit);
        }
        s.cfg.switchTo(bodyBlock);
        JumpTargets.ContinueAt next;
        int stepBlock = -1;
        if (step != null) {
            stepBlock = s.cfg.newBlock();
            next = new JumpTargets.ContinueAt.JumpTo(stepBlock);
        } else {
            next = new JumpTargets.ContinueAt.BackEdge(header, id);
        }
        stmts.targets.push(new JumpTargets.Target(exit, next, stmts.cleanups.depth()));
        stmts.statement(body);
        stmts.targets.pop();
        if (step != null) {
            s.cfg.jumpTo(stepBlock, span);
            exprs.discard(step);
        }
        if (s.cfg.isOpen()) {
            s.cfg.terminate(new Terminator.LoopBack(header, id, span));
        }
        s.cfg.switchTo(exit);
    }

    private void doWhile(Stmt.DoWhile d) {
        if (waits.isWait(d.condition(), d.body())) {
            await(d.condition());
            return;
        }
        boolean once = isConstant(d.condition(), 0);
        int id = once ? -1 : s.cfg.newLoopId();
        int bodyBlock = s.cfg.newBlock();
        int check = s.cfg.newBlock();
        int exit = s.cfg.newBlock();
        s.cfg.jumpTo(bodyBlock, d.span());
        stmts.targets.push(new JumpTargets.Target(exit, new JumpTargets.ContinueAt.JumpTo(check), stmts.cleanups.depth()));
        stmts.statement(d.body());
        stmts.targets.pop();
        s.cfg.jumpTo(check, d.span());
        if (once) {
            s.cfg.jumpTo(exit, d.span());
            return;
        }
        int latch = s.cfg.newBlock();
        if (constant(d.condition()).isPresent()) {
            s.cfg.terminate(new Terminator.Jump(latch, d.condition().span()));
        } else {
            exprs.branch(d.condition(), latch, exit);
        }
        s.cfg.switchTo(latch);
        s.cfg.terminate(new Terminator.LoopBack(bodyBlock, id, d.span()));
        s.cfg.switchTo(exit);
    }

    /** {@code while (c) relax();}: load and compute {@code c} in one block, then wait until it is false. */
    private void await(Expr condition) {
        Value c = exprs.straightLine(condition);
        Value done = s.compute(Insn.Op.LOGICAL_NOT, IntTypes.of(Types.decay(s.typeOf(condition))),
                condition.span(), c);
        s.emit(new Insn.Await(done, condition.span()));
    }

    private OptionalLong constant(Expr e) {
        return e == null ? OptionalLong.empty() : s.model.constants().eval(e);
    }

    private boolean isConstant(Expr e, long value) {
        OptionalLong v = constant(e);
        return v.isPresent() && v.getAsLong() == value;
    }
}
