package dev.lockstep.analysis;

import static dev.lockstep.analysis.IrBuilder.global;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import org.junit.jupiter.api.Test;

/** bad-unlock and irq-state-clobber. */
class UnlockAndIrqStateTest {

    private static final Value L = global("l");
    private static final Value M = global("m");

    @Test
    void doubleUnlock() {
        IrBuilder b = new IrBuilder();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(3).spinLock(L, "l").at(4).spinUnlock(L, "l").at(5).spinUnlock(L, "l").ret().done();
        Finding f = Lint.only(b.build(), Rule.BAD_UNLOCK);
        assertEquals(5, f.span().line());
    }

    @Test
    void upReadAfterDownWrite() {
        IrBuilder b = new IrBuilder();
        Value sem = global("sem");
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(3).acquire(null, sem, "sem", Insn.LockKind.RWSEM, Insn.LockMode.EXCLUSIVE, Insn.Attempt.BLOCKING, 0)
                .at(4).release(sem, "sem", Insn.LockKind.RWSEM, Insn.LockMode.SHARED).ret().done();
        Finding f = Lint.only(b.build(), Rule.BAD_UNLOCK);
        assertTrue(f.message().contains("write (exclusive) mode but released"), f.message());
    }

    /** An unlock helper without annotation is judged at its call sites. */
    @Test
    void unlockHelperCalledWithoutTheLock() {
        IrBuilder b = new IrBuilder();
        b.function("put").at(30).spinUnlock(L, "l").ret().done();
        b.function("ok").entry(Insn.EntryKind.PROCESS).at(10).spinLock(L, "l").at(11).call(null, "put").ret().done();
        b.function("bad").entry(Insn.EntryKind.PROCESS).at(20).call(null, "put").ret().done();
        Lint.expect(b.build(), "bad-unlock@30");
    }

    /** A counting semaphore has no owner: up() in a handler without down() is how it signals. */
    @Test
    void semaphoreUpWithoutDownIsLegal() {
        IrBuilder b = new IrBuilder();
        Value sem = global("sem");
        b.function("isr").entry(Insn.EntryKind.HARDIRQ)
                .at(3).release(sem, "sem", Insn.LockKind.SEMAPHORE, Insn.LockMode.EXCLUSIVE).ret().done();
        b.function("waiter").entry(Insn.EntryKind.PROCESS)
                .at(8).acquire(null, sem, "sem", Insn.LockKind.SEMAPHORE, Insn.LockMode.EXCLUSIVE,
                        Insn.Attempt.BLOCKING, 0).ret().done();
        Lint.clean(b.build());
    }

    /** Used as a mutex, a semaphore must not be released on the path where down_interruptible failed. */
    @Test
    void upAfterFailedDownInterruptible() {
        IrBuilder b = new IrBuilder();
        Value sem = global("sem");
        IrBuilder.FunctionBuilder f = b.function("writer").entry(Insn.EntryKind.PROCESS);
        Value.Reg ok = f.reg("ok");
        f.at(3).acquire(ok, sem, "sem", Insn.LockKind.SEMAPHORE, Insn.LockMode.EXCLUSIVE, Insn.Attempt.INTERRUPTIBLE,
                0).at(4).release(sem, "sem", Insn.LockKind.SEMAPHORE, Insn.LockMode.EXCLUSIVE).ret().done();
        Lint.expect(b.build(), "bad-unlock@4");
    }

    @Test
    void downInAtomicSleeps() {
        IrBuilder b = new IrBuilder();
        Value sem = global("sem");
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(3).spinLock(L, "l")
                .at(4).acquire(null, sem, "sem", Insn.LockKind.SEMAPHORE, Insn.LockMode.EXCLUSIVE,
                        Insn.Attempt.BLOCKING, 0)
                .at(5).spinUnlock(L, "l").ret().done();
        Lint.expect(b.build(), "sleep-in-atomic@4");
    }

    @Test
    void nestedIrqVariants() {
        IrBuilder b = new IrBuilder();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(3).spinLockIrq(L, "l").at(4).spinLockIrq(M, "m")
                .at(5).spinUnlockIrq(M, "m").at(6).spinUnlockIrq(L, "l").ret().done();
        Finding f = Lint.only(b.build(), Rule.IRQ_STATE_CLOBBER);
        assertEquals(5, f.span().line());
    }

    @Test
    void irqInsideIrqsaveIsClean() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder w = b.function("worker").entry(Insn.EntryKind.PROCESS);
        Value.Reg f1 = w.reg("f1");
        Value.Reg f2 = w.reg("f2");
        w.at(3).spinLockIrqsave(L, "l", f1).at(4).spinLockIrqsave(M, "m", f2)
                .at(5).spinUnlockIrqrestore(M, "m", f2).at(6).spinUnlockIrqrestore(L, "l", f1).ret().done();
        Lint.clean(b.build());
    }

    @Test
    void restoreInTheWrongOrder() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder w = b.function("worker").entry(Insn.EntryKind.PROCESS);
        Value.Reg f1 = w.reg("f1");
        Value.Reg f2 = w.reg("f2");
        w.at(3).spinLockIrqsave(L, "l", f1).at(4).spinLockIrqsave(M, "m", f2)
                .at(5).spinUnlockIrqrestore(L, "l", f1).at(6).spinUnlockIrqrestore(M, "m", f2).ret().done();
        Lint.expect(b.build(), "irq-state-clobber@5");
    }

    @Test
    void restoreWithFlagsNeverSaved() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder w = b.function("worker").entry(Insn.EntryKind.PROCESS);
        Value.Reg flags = w.reg("flags");
        w.at(3).spinLockIrq(L, "l").at(4).spinUnlockIrqrestore(L, "l", flags).ret().done();
        Lint.expect(b.build(), "irq-state-clobber@4");
    }

    /** A helper using spin_lock_irq/spin_unlock_irq, called with interrupts saved-and-disabled. */
    @Test
    void irqHelperCalledUnderIrqsave() {
        IrBuilder b = new IrBuilder();
        b.function("helper").at(30).spinLockIrq(M, "m").at(31).spinUnlockIrq(M, "m").ret().done();
        IrBuilder.FunctionBuilder w = b.function("worker").entry(Insn.EntryKind.PROCESS);
        Value.Reg flags = w.reg("flags");
        w.at(3).spinLockIrqsave(L, "l", flags).at(4).call(null, "helper")
                .at(5).spinUnlockIrqrestore(L, "l", flags).ret().done();
        Finding f = Lint.only(b.build(), Rule.IRQ_STATE_CLOBBER);
        assertEquals(31, f.span().line());
        assertTrue(f.related().stream().anyMatch(r -> r.span().line() == 4), f.toString());
    }

    @Test
    void irqHelperCalledWithIrqsOnIsClean() {
        IrBuilder b = new IrBuilder();
        b.function("helper").at(30).spinLockIrq(M, "m").at(31).spinUnlockIrq(M, "m").ret().done();
        b.function("worker").entry(Insn.EntryKind.PROCESS).at(4).call(null, "helper").ret().done();
        Lint.clean(b.build());
    }

    @Test
    void spinUnlockIrqInHardirqHandler() {
        IrBuilder b = new IrBuilder();
        b.function("isr").entry(Insn.EntryKind.HARDIRQ)
                .at(3).spinLockIrq(L, "l").at(4).spinUnlockIrq(L, "l").ret().done();
        Lint.expect(b.build(), "irq-state-clobber@4");
    }
}
