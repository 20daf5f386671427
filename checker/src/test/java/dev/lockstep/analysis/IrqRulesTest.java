package dev.lockstep.analysis;

import static dev.lockstep.analysis.IrBuilder.global;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import org.junit.jupiter.api.Test;

/** missing-irqsave, missing-bh and irq-lock-inversion. */
class IrqRulesTest {

    private static final Value DEV = global("dev_lock");

    private static IrBuilder isrAnd(Insn.EntryKind handler) {
        IrBuilder b = new IrBuilder();
        b.function("isr").entry(handler)
                .at(12).spinLock(DEV, "dev_lock").at(13).spinUnlock(DEV, "dev_lock").ret().done();
        return b;
    }

    @Test
    void spinLockInProcessAndHardirq() {
        IrBuilder b = isrAnd(Insn.EntryKind.HARDIRQ);
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(21).spinLock(DEV, "dev_lock").at(22).spinUnlock(DEV, "dev_lock").ret().done();
        Finding f = Lint.only(b.build(), Rule.MISSING_IRQSAVE);
        assertEquals(21, f.span().line());
        assertEquals(12, f.related().get(0).span().line());
        assertEquals("use spin_lock_irqsave(&dev_lock, flags) / spin_unlock_irqrestore(&dev_lock, flags)", f.fix());
        assertTrue(f.message().contains("isr"), f.message());
    }

    /** Raw spinlocks and seqlock writers are spinlocks to lockdep; the fix names their own API. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "RAW_SPINLOCK| use raw_spin_lock_irqsave(&dev_lock, flags) / raw_spin_unlock_irqrestore(&dev_lock, flags)",
        "SEQLOCK| use write_seqlock_irqsave(&dev_lock, flags) / write_sequnlock_irqrestore(&dev_lock, flags)"})
    void rawSpinlocksAndSeqlockWriters(Insn.LockKind kind, String fix) {
        IrBuilder b = new IrBuilder();
        for (String[] f : new String[][] {{"isr", "12"}, {"worker", "21"}}) {
            int line = Integer.parseInt(f[1]);
            IrBuilder.FunctionBuilder fb = b.function(f[0])
                    .entry(f[0].equals("isr") ? Insn.EntryKind.HARDIRQ : Insn.EntryKind.PROCESS);
            fb.at(line).acquire(null, DEV, "dev_lock", kind, Insn.LockMode.EXCLUSIVE, Insn.Attempt.BLOCKING, 0)
                    .at(line + 1).release(DEV, "dev_lock", kind, Insn.LockMode.EXCLUSIVE).ret().done();
        }
        Finding f = Lint.only(b.build(), Rule.MISSING_IRQSAVE);
        assertEquals(21, f.span().line());
        assertEquals(fix, f.fix());
    }

    @Test
    void irqsaveFixesIt() {
        IrBuilder b = isrAnd(Insn.EntryKind.HARDIRQ);
        IrBuilder.FunctionBuilder w = b.function("worker").entry(Insn.EntryKind.PROCESS);
        Value.Reg flags = w.reg("flags");
        w.at(21).spinLockIrqsave(DEV, "dev_lock", flags).at(22).spinUnlockIrqrestore(DEV, "dev_lock", flags).ret()
                .done();
        Lint.clean(b.build());
    }

    /** The lock is taken in a helper; the caller disabled interrupts: no finding. */
    @Test
    void helperCalledWithIrqsDisabled() {
        IrBuilder b = isrAnd(Insn.EntryKind.HARDIRQ);
        b.function("helper").at(40).spinLock(DEV, "dev_lock").at(41).spinUnlock(DEV, "dev_lock").ret().done();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(20).ctx(Insn.ContextChange.IRQ_DISABLE).at(21).call(null, "helper")
                .at(22).ctx(Insn.ContextChange.IRQ_ENABLE).ret().done();
        Lint.clean(b.build());
    }

    @Test
    void helperCalledWithIrqsEnabled() {
        IrBuilder b = isrAnd(Insn.EntryKind.HARDIRQ);
        b.function("helper").at(40).spinLock(DEV, "dev_lock").at(41).spinUnlock(DEV, "dev_lock").ret().done();
        b.function("worker").entry(Insn.EntryKind.PROCESS).at(21).call(null, "helper").ret().done();
        Lint.expect(b.build(), "missing-irqsave@40");
    }

    /** Taken with interrupts off, but interrupts are enabled while it is still held. */
    @Test
    void interruptsEnabledWhileHeld() {
        IrBuilder b = isrAnd(Insn.EntryKind.HARDIRQ);
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(20).ctx(Insn.ContextChange.IRQ_DISABLE)
                .at(21).spinLock(DEV, "dev_lock")
                .at(22).ctx(Insn.ContextChange.IRQ_ENABLE)
                .at(23).spinUnlock(DEV, "dev_lock").ret().done();
        Lint.expect(b.build(), "missing-irqsave@22");
    }

    @Test
    void spinLockInProcessAndSoftirq() {
        IrBuilder b = isrAnd(Insn.EntryKind.TASKLET);
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(21).spinLock(DEV, "dev_lock").at(22).spinUnlock(DEV, "dev_lock").ret().done();
        Finding f = Lint.only(b.build(), Rule.MISSING_BH);
        assertEquals("use spin_lock_bh(&dev_lock) / spin_unlock_bh(&dev_lock)", f.fix());
    }

    @Test
    void bhVariantFixesIt() {
        IrBuilder b = isrAnd(Insn.EntryKind.SOFTIRQ);
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(21).spinLockBh(DEV, "dev_lock").at(22).spinUnlockBh(DEV, "dev_lock").ret().done();
        Lint.clean(b.build());
    }

    @Test
    void rwlockReadersInHardirqAndProcessAreFine() {
        IrBuilder b = new IrBuilder();
        Value rw = global("rw");
        b.function("isr").entry(Insn.EntryKind.HARDIRQ)
                .at(3).acquire(null, rw, "rw", Insn.LockKind.RWLOCK, Insn.LockMode.SHARED, Insn.Attempt.BLOCKING, 0)
                .at(4).release(rw, "rw", Insn.LockKind.RWLOCK, Insn.LockMode.SHARED).ret().done();
        b.function("reader").entry(Insn.EntryKind.PROCESS)
                .at(8).acquire(null, rw, "rw", Insn.LockKind.RWLOCK, Insn.LockMode.SHARED, Insn.Attempt.BLOCKING, 0)
                .at(9).release(rw, "rw", Insn.LockKind.RWLOCK, Insn.LockMode.SHARED).ret().done();
        Lint.clean(b.build());
    }

    /**
     * 'safe' is taken in the handler; the worker holds it (irqs off) and takes 'unsafe', which
     * another thread takes with interrupts on.
     */
    @Test
    void hardirqSafeToUnsafeOrder() {
        IrBuilder b = new IrBuilder();
        Value safe = global("safe");
        Value unsafe = global("unsafe");
        b.function("isr").entry(Insn.EntryKind.HARDIRQ)
                .at(3).spinLock(safe, "safe").at(4).spinUnlock(safe, "safe").ret().done();
        IrBuilder.FunctionBuilder w = b.function("worker").entry(Insn.EntryKind.PROCESS);
        Value.Reg flags = w.reg("flags");
        w.at(10).spinLockIrqsave(safe, "safe", flags).at(11).spinLock(unsafe, "unsafe")
                .at(12).spinUnlock(unsafe, "unsafe").at(13).spinUnlockIrqrestore(safe, "safe", flags).ret().done();
        b.function("other").entry(Insn.EntryKind.PROCESS)
                .at(20).spinLock(unsafe, "unsafe").at(21).spinUnlock(unsafe, "unsafe").ret().done();
        Finding f = Lint.only(b.build(), Rule.IRQ_LOCK_INVERSION);
        assertEquals(11, f.span().line());
        assertTrue(f.message().startsWith("HARDIRQ-safe -> HARDIRQ-unsafe"), f.message());
        assertTrue(f.fix().contains("spin_lock_irqsave(&unsafe, flags)"), f.fix());
    }

    @Test
    void unsafeLockAlwaysIrqsaveIsClean() {
        IrBuilder b = new IrBuilder();
        Value safe = global("safe");
        Value unsafe = global("unsafe");
        b.function("isr").entry(Insn.EntryKind.HARDIRQ)
                .at(3).spinLock(safe, "safe").at(4).spinUnlock(safe, "safe").ret().done();
        IrBuilder.FunctionBuilder w = b.function("worker").entry(Insn.EntryKind.PROCESS);
        Value.Reg flags = w.reg("flags");
        w.at(10).spinLockIrqsave(safe, "safe", flags).at(11).spinLock(unsafe, "unsafe")
                .at(12).spinUnlock(unsafe, "unsafe").at(13).spinUnlockIrqrestore(safe, "safe", flags).ret().done();
        IrBuilder.FunctionBuilder o = b.function("other").entry(Insn.EntryKind.PROCESS);
        Value.Reg f2 = o.reg("flags");
        o.at(20).spinLockIrqsave(unsafe, "unsafe", f2).at(21).spinUnlockIrqrestore(unsafe, "unsafe", f2).ret().done();
        Lint.clean(b.build());
    }

    /** Contexts also come from registrations in the code: request_irq(irq, isr, ...). */
    @Test
    void handlerRegisteredInInit() {
        IrBuilder b = new IrBuilder();
        b.function("isr").at(12).spinLock(DEV, "dev_lock").at(13).spinUnlock(DEV, "dev_lock").ret().done();
        b.function("probe").entry(Insn.EntryKind.INIT)
                .at(30).add(new Insn.Register(Insn.EntryKind.HARDIRQ, new Value.FunctionRef("isr"), new Value.Null(),
                        IrBuilder.line(30)))
                .at(31).spinLock(DEV, "dev_lock").at(32).spinUnlock(DEV, "dev_lock").ret().done();
        Lint.expect(b.build(), "missing-irqsave@31");
    }
}
