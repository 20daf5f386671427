package dev.lockstep.analysis;

import static dev.lockstep.analysis.IrBuilder.global;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.IntType;
import dev.lockstep.ir.Value;
import org.junit.jupiter.api.Test;

/** rcu-unprotected and use-after-free. */
class RcuRulesTest {

    private static final Value GP = global("gp");

    private static IrBuilder.FunctionBuilder deref(IrBuilder.FunctionBuilder f, Value lock, String cls) {
        Value.Reg p = f.reg("p");
        Value cond = new Value.Const(0);
        if (lock != null) {
            Value.Reg held = f.reg("held");
            f.add(new Insn.IsHeld(held, lock, cls, IrBuilder.line(5)));
            cond = held;
        }
        f.add(new Insn.RcuCheck(cond, IrBuilder.line(5)));
        return f.add(new Insn.Load(p, GP, Insn.Access.ONCE, IntType.PTR, IrBuilder.line(5)));
    }

    @Test
    void dereferenceOutsideReadSection() {
        IrBuilder b = new IrBuilder();
        deref(b.function("reader").entry(Insn.EntryKind.PROCESS).at(5), null, null).ret().done();
        Finding f = Lint.only(b.build(), Rule.RCU_UNPROTECTED);
        assertEquals(5, f.span().line());
    }

    @Test
    void dereferenceInsideReadSection() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("reader").entry(Insn.EntryKind.PROCESS)
                .at(4).ctx(Insn.ContextChange.RCU_READ_LOCK);
        deref(f, null, null).at(6).ctx(Insn.ContextChange.RCU_READ_UNLOCK).ret().done();
        Lint.clean(b.build());
    }

    @Test
    void dereferenceCheckWithUpdateLockHeld() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("updater").entry(Insn.EntryKind.PROCESS)
                .at(4).spinLock(global("gp_lock"), "gp_lock");
        deref(f, global("gp_lock"), "gp_lock").at(6).spinUnlock(global("gp_lock"), "gp_lock").ret().done();
        Lint.clean(b.build());
    }

    /** A helper that dereferences, called inside rcu_read_lock() by one caller and outside by another. */
    @Test
    void helperJudgedAtItsCallers() {
        IrBuilder b = new IrBuilder();
        deref(b.function("get").at(5), null, null).ret().done();
        b.function("good").entry(Insn.EntryKind.PROCESS).at(10).ctx(Insn.ContextChange.RCU_READ_LOCK)
                .at(11).call(null, "get").at(12).ctx(Insn.ContextChange.RCU_READ_UNLOCK).ret().done();
        b.function("bad").entry(Insn.EntryKind.PROCESS).at(20).call(null, "get").ret().done();
        Finding f = Lint.only(b.build(), Rule.RCU_UNPROTECTED);
        assertEquals(5, f.span().line());
        assertEquals(20, f.related().get(0).span().line());
    }

    /** Whether the updater waits for a grace period before freeing. */
    private enum Grace { WAITS, SKIPS }

    private static IrBuilder updater(Grace grace) {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("update", "fresh").entry(Insn.EntryKind.PROCESS);
        Value.Reg old = f.reg("old");
        f.at(10).spinLock(global("gp_lock"), "gp_lock")
                .at(11).add(new Insn.Load(old, GP, Insn.Access.ONCE, IntType.PTR, IrBuilder.line(11)))
                .at(12).add(new Insn.Store(GP, f.param(0), Insn.Access.RELEASE, IntType.PTR, IrBuilder.line(12)))
                .at(13).spinUnlock(global("gp_lock"), "gp_lock");
        if (grace == Grace.WAITS) {
            f.at(14).add(new Insn.SynchronizeRcu(IrBuilder.line(14)));
        }
        f.at(15).add(new Insn.Free(old, Insn.FreeKind.NOW, IrBuilder.line(15))).ret().done();
        return b;
    }

    @Test
    void kfreeRightAfterRcuAssignPointer() {
        Finding f = Lint.only(updater(Grace.SKIPS).build(), Rule.USE_AFTER_FREE);
        assertEquals(15, f.span().line());
        assertEquals(12, f.related().get(0).span().line());
    }

    @Test
    void synchronizeRcuBeforeKfree() {
        Lint.clean(updater(Grace.WAITS).build());
    }

    /** sparse counts rcu_read_lock as __acquires(RCU): an error path that leaves the section open, and a double close. */
    @Test
    void readSectionBalance() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("rcu_leak", "busy").entry(Insn.EntryKind.PROCESS);
        int early = f.newBlock();
        int rest = f.newBlock();
        f.at(3).ctx(Insn.ContextChange.RCU_READ_LOCK).at(4).branch(f.param(0), early, rest);
        f.in(early).at(5).ret(new Value.Const(-16));
        f.in(rest).at(6).ctx(Insn.ContextChange.RCU_READ_UNLOCK).at(7).ret(new Value.Const(0));
        f.done();
        b.function("rcu_double").entry(Insn.EntryKind.PROCESS)
                .at(10).ctx(Insn.ContextChange.RCU_READ_LOCK).at(11).ctx(Insn.ContextChange.RCU_READ_UNLOCK)
                .at(12).ctx(Insn.ContextChange.RCU_READ_UNLOCK).ret().done();
        Lint.expect(b.build(), "lock-imbalance@5", "bad-unlock@12");
    }
}
