package dev.lockstep.ir.lower;

import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.ir.IntType;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code switch}: a chain of comparisons of the selector with each {@code case} (ranges with two),
 * to {@code default} or past the switch; the body is lowered in order so that cases fall through.
 */
final class Switches {

    private final LowerState s;
    private final ExprLowering exprs;
    private final StmtLowering stmts;
    private final Map<Stmt, Integer> labelBlocks = new IdentityHashMap<>();

    Switches(LowerState s, ExprLowering exprs, StmtLowering stmts) {
        this.s = s;
        this.exprs = exprs;
        this.stmts = stmts;
    }

    void lower(Stmt.Switch sw) {
        CType type = Types.promote(s.typeOf(sw.selector()));
        IntType it = IntTypes.of(type);
        Value selector = exprs.places.convert(exprs.rvalue(sw.selector()), s.typeOf(sw.selector()), type, sw.span());
        List<Stmt> labels = new ArrayList<>();
        collect(sw.body(), labels);
        int exit = s.cfg.newBlock();
        int otherwise = exit;
        for (Stmt label : labels) {
            int block = s.cfg.newBlock();
            labelBlocks.put(label, block);
            if (label instanceof Stmt.Default) {
                otherwise = block;
            }
        }
        for (Stmt label : labels) {
            if (label instanceof Stmt.Case c) {
                long low = s.model.constants().eval(c.value()).orElse(0);
                Value test;
                if (c.upTo() == null) {
                    test = s.compute(Insn.Op.EQ, it, c.span(), selector, new Value.Const(low));
                } else {
                    long high = s.model.constants().eval(c.upTo()).orElse(low);
                    Value ge = s.compute(Insn.Op.GE, it, c.span(), selector, new Value.Const(low));
                    Value le = s.compute(Insn.Op.LE, it, c.span(), selector, new Value.Const(high));
                    test = s.compute(Insn.Op.AND, IntType.INT, c.span(), ge, le);
                }
                int next = s.cfg.newBlock();
                s.cfg.terminate(new Terminator.Branch(test, labelBlocks.get(label), next, c.span()));
                s.cfg.switchTo(next);
            }
        }
        s.cfg.terminate(new Terminator.Jump(otherwise, sw.span()));
        stmts.targets.push(new JumpTargets.Target(exit, null, stmts.cleanups.depth()));
        stmts.statement(sw.body());
        stmts.targets.pop();
        s.cfg.jumpTo(exit, sw.span());
    }

    /** A {@code case} or {@code default} reached in the body: fall into its block from the code before it. */
    void label(Stmt label) {
        Integer block = labelBlocks.get(label);
        Stmt body = label instanceof Stmt.Case c ? c.body() : ((Stmt.Default) label).body();
        if (block == null) {
            s.diagnostics.error(label.span(), "'case' or 'default' statement not in switch statement");
            return;
        }
        s.cfg.jumpTo(block, label.span());
        if (body != null) {
            stmts.statement(body);
        }
    }

    private void collect(Stmt st, List<Stmt> out) {
        if (st == null || st instanceof Stmt.Switch) {
            return;
        }
        if (st instanceof Stmt.Case c) {
            out.add(c);
            collect(c.body(), out);
        } else if (st instanceof Stmt.Default d) {
            out.add(d);
            collect(d.body(), out);
        } else if (st instanceof Stmt.Block b) {
            b.items().forEach(x -> collect(x, out));
        } else if (st instanceof Stmt.Labeled l) {
            collect(l.body(), out);
        } else if (st instanceof Stmt.If i) {
            collect(i.then(), out);
            collect(i.otherwise(), out);
        } else if (st instanceof Stmt.While w) {
            collect(w.body(), out);
        } else if (st instanceof Stmt.DoWhile d) {
            collect(d.body(), out);
        } else if (st instanceof Stmt.For f) {
            collect(f.body(), out);
        }
    }
}
