package dev.lockstep.analysis;

import static dev.lockstep.analysis.IrBuilder.global;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import org.junit.jupiter.api.Test;

class DeadlockTest {

    private static IrBuilder twoOrders(String second, String third) {
        IrBuilder b = new IrBuilder();
        b.function("t1").entry(Insn.EntryKind.PROCESS)
                .at(10).spinLock(global("a"), "a").at(11).spinLock(global("b"), "b")
                .at(12).spinUnlock(global("b"), "b").at(13).spinUnlock(global("a"), "a").ret().done();
        b.function("t2").entry(Insn.EntryKind.PROCESS)
                .at(20).spinLock(global(second), second).at(21).spinLock(global(third), third)
                .at(22).spinUnlock(global(third), third).at(23).spinUnlock(global(second), second).ret().done();
        return b;
    }

    @Test
    void abbaBetweenTwoThreads() {
        Finding f = Lint.only(twoOrders("b", "a").build(), Rule.DEADLOCK);
        assertEquals(21, f.span().line());
        assertTrue(f.message().contains("'a' -> 'b' -> 'a'"), f.message());
        assertTrue(f.fix().contains("take 'a' before 'b'"), f.fix());
        assertTrue(f.related().stream().anyMatch(r -> r.span().line() == 10), f.toString());
        assertTrue(f.related().stream().anyMatch(r -> r.span().line() == 11), f.toString());
        assertTrue(f.related().stream().anyMatch(r -> r.span().line() == 20), f.toString());
    }

    @Test
    void sameOrderIsClean() {
        Lint.clean(twoOrders("a", "b").build());
    }

    @Test
    void threeLockCycle() {
        IrBuilder b = new IrBuilder();
        String[][] pairs = {{"a", "b"}, {"b", "c"}, {"c", "a"}};
        int line = 10;
        for (String[] p : pairs) {
            b.function("t_" + p[0]).entry(Insn.EntryKind.PROCESS)
                    .at(line).spinLock(global(p[0]), p[0]).at(line + 1).spinLock(global(p[1]), p[1])
                    .at(line + 2).spinUnlock(global(p[1]), p[1]).at(line + 3).spinUnlock(global(p[0]), p[0]).ret()
                    .done();
            line += 10;
        }
        Finding f = Lint.only(b.build(), Rule.DEADLOCK);
        assertTrue(f.message().contains("'a' -> 'b' -> 'c' -> 'a'"), f.message());
    }

    /**
     * {@code transfer(struct acct *x, struct acct *y) { spin_lock(&x->lock); spin_lock(&y->lock); ... }}
     * called as {@code transfer(&A, &B)} and {@code transfer(&B, &A)}: an ABBA between two instances.
     */
    @Test
    void abbaBetweenInstancesThroughParameters() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder t = b.function("transfer", "x", "y");
        Value.Reg xl = t.reg("xl");
        Value.Reg yl = t.reg("yl");
        t.at(5).field(xl, t.param(0), "lock").spinLock(xl, "struct acct::lock")
                .at(6).field(yl, t.param(1), "lock").spinLock(yl, "struct acct::lock")
                .at(7).spinUnlock(yl, "struct acct::lock").at(8).spinUnlock(xl, "struct acct::lock").ret().done();
        b.function("t1").entry(Insn.EntryKind.PROCESS).at(20).call(null, "transfer", global("A"), global("B")).ret()
                .done();
        b.function("t2").entry(Insn.EntryKind.PROCESS).at(30).call(null, "transfer", global("B"), global("A")).ret()
                .done();
        Finding f = Lint.only(b.build(), Rule.DEADLOCK);
        assertTrue(f.message().contains("'A.lock' -> 'B.lock' -> 'A.lock'"), f.message());
        assertEquals(6, f.span().line());
        assertTrue(f.related().stream().anyMatch(r -> r.span().line() == 20), f.toString());
        assertTrue(f.related().stream().anyMatch(r -> r.span().line() == 30), f.toString());
    }

    @Test
    void sameInstanceOrderIsClean() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder t = b.function("transfer", "x", "y");
        Value.Reg xl = t.reg("xl");
        Value.Reg yl = t.reg("yl");
        t.at(5).field(xl, t.param(0), "lock").spinLock(xl, "struct acct::lock")
                .at(6).field(yl, t.param(1), "lock").spinLock(yl, "struct acct::lock")
                .at(7).spinUnlock(yl, "struct acct::lock").at(8).spinUnlock(xl, "struct acct::lock").ret().done();
        b.function("t1").entry(Insn.EntryKind.PROCESS).at(20).call(null, "transfer", global("A"), global("B")).ret()
                .done();
        b.function("t2").entry(Insn.EntryKind.PROCESS).at(30).call(null, "transfer", global("A"), global("B")).ret()
                .done();
        Lint.clean(b.build());
    }

    @Test
    void trylockInReverseOrderIsNoDeadlock() {
        IrBuilder b = twoOrders("a", "b");
        IrBuilder.FunctionBuilder f = b.function("t3").entry(Insn.EntryKind.PROCESS);
        Value.Reg ok = f.reg("ok");
        int got = f.newBlock();
        int out = f.newBlock();
        f.at(40).spinLock(global("b"), "b").at(41).spinTrylock(ok, global("a"), "a").branch(ok, got, out);
        f.in(got).at(42).spinUnlock(global("a"), "a").jump(out);
        f.in(out).at(43).spinUnlock(global("b"), "b").ret();
        f.done();
        Lint.clean(b.build());
    }

    /** What the loader's error path does with the completion. */
    private enum ErrorPath { COMPLETES, FORGETS }

    private static IrBuilder completion(ErrorPath errorPath) {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder loader = b.function("loader", "size").entry(Insn.EntryKind.PROCESS);
        int fail = loader.newBlock();
        int ok = loader.newBlock();
        loader.at(5).branch(loader.param(0), ok, fail);
        Value.Reg old = loader.reg("old");
        Value.Reg done = loader.reg("done");
        loader.in(fail);
        if (errorPath == ErrorPath.COMPLETES) {
            loader.at(6).field(done, global("fw"), "done").add(new Insn.Rmw(old, done, Insn.RmwOp.ADD,
                    new Value.Const(1), null, Insn.Ordering.FULL, dev.lockstep.ir.IntType.INT, IrBuilder.line(6)));
        }
        loader.at(7).ret(new Value.Const(-2));
        Value.Reg old2 = loader.reg("old2");
        Value.Reg done2 = loader.reg("done2");
        loader.in(ok).at(8).field(done2, global("fw"), "done").add(new Insn.Rmw(old2, done2, Insn.RmwOp.ADD,
                new Value.Const(1), null, Insn.Ordering.FULL, dev.lockstep.ir.IntType.INT, IrBuilder.line(8)))
                .at(9).ret(new Value.Const(0));
        loader.done();
        IrBuilder.FunctionBuilder probe = b.function("probe").entry(Insn.EntryKind.PROCESS);
        Value.Reg d = probe.reg("d");
        probe.at(20).field(d, global("fw"), "done").add(new Insn.WaitDecrement(d, IrBuilder.line(20))).ret().done();
        return b;
    }

    @Test
    void completionNotSignalledOnAnErrorPath() {
        Finding f = Lint.only(completion(ErrorPath.FORGETS).build(), Rule.DEADLOCK);
        assertEquals(20, f.span().line());
        assertTrue(f.message().contains("loader can return without calling complete()"), f.message());
    }

    @Test
    void completionSignalledOnEveryPath() {
        Lint.clean(completion(ErrorPath.COMPLETES).build());
    }
}
