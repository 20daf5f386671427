package dev.lockstep.analysis;

import static dev.lockstep.analysis.IrBuilder.global;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Program;
import org.junit.jupiter.api.Test;

class SleepInAtomicTest {

    @Test
    void msleepUnderSpinlockIsAnError() {
        IrBuilder b = new IrBuilder();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(10).spinLock(global("dev_lock"), "dev_lock")
                .at(11).sleep("msleep")
                .at(12).spinUnlock(global("dev_lock"), "dev_lock").ret().done();
        Finding f = Lint.only(b.build(), Rule.SLEEP_IN_ATOMIC);
        assertEquals(11, f.span().line());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("spinlock 'dev_lock' is held"), f.message());
        assertEquals(10, f.related().get(0).span().line());
    }

    @Test
    void msleepAfterUnlockIsClean() {
        IrBuilder b = new IrBuilder();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(10).spinLock(global("dev_lock"), "dev_lock")
                .at(11).spinUnlock(global("dev_lock"), "dev_lock")
                .at(12).sleep("msleep").ret().done();
        Lint.clean(b.build());
    }

    @Test
    void mutexInHardirqHandler() {
        IrBuilder b = new IrBuilder();
        b.function("isr").entry(Insn.EntryKind.HARDIRQ)
                .at(5).mutexLock(global("m"), "m")
                .at(6).mutexUnlock(global("m"), "m").ret().done();
        Finding f = Lint.only(b.build(), Rule.SLEEP_IN_ATOMIC);
        assertEquals(5, f.span().line());
        assertTrue(f.message().contains("hardirq context"), f.message());
    }

    /** A sleep three calls below a spinlock: reported where it sleeps, with the whole chain from the lock. */
    @Test
    void sleepThreeCallsBelowSpinlock() {
        IrBuilder b = new IrBuilder();
        b.function("c").at(30).sleep("kmalloc(GFP_KERNEL)").ret().done();
        b.function("bb").at(20).call(null, "c").ret().done();
        b.function("a").at(15).call(null, "bb").ret().done();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(10).spinLock(global("l"), "l")
                .at(11).call(null, "a")
                .at(12).spinUnlock(global("l"), "l").ret().done();
        Finding f = Lint.only(b.build(), Rule.SLEEP_IN_ATOMIC);
        assertEquals(30, f.span().line());
        assertTrue(f.message().contains("a() (line 11) -> bb() (line 15) -> c() (line 20)"), f.message());
        assertEquals(java.util.List.of(10, 11, 15, 20), f.related().stream().map(r -> r.span().line()).toList());
    }

    @Test
    void declaredMightSleepCalledUnderSpinlock() {
        IrBuilder b = new IrBuilder();
        b.add(new dev.lockstep.ir.Function("wait_hw", java.util.List.of(), 0,
                java.util.List.of(new dev.lockstep.ir.BasicBlock(0, java.util.List.of(),
                        new dev.lockstep.ir.Terminator.Return(null, IrBuilder.line(41)))),
                new dev.lockstep.ir.Contract(java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        java.util.List.of(), true), IrBuilder.line(40)));
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(10).spinLock(global("l"), "l")
                .at(11).call(null, "wait_hw")
                .at(12).spinUnlock(global("l"), "l").ret().done();
        Finding f = Lint.only(b.build(), Rule.SLEEP_IN_ATOMIC);
        assertTrue(f.message().contains("wait_hw() (declared __might_sleep)"), f.message());
        assertTrue(f.related().stream().anyMatch(r -> r.span().line() == 11), f.toString());
    }

    @Test
    void sleepingHelperCalledOutsideLockIsClean() {
        IrBuilder b = new IrBuilder();
        b.function("c").at(30).sleep("msleep").ret().done();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(10).spinLock(global("l"), "l")
                .at(11).spinUnlock(global("l"), "l")
                .at(12).call(null, "c").ret().done();
        Lint.clean(b.build());
    }

    @Test
    void sleepInRcuReadSectionAndWithIrqsOff() {
        IrBuilder b = new IrBuilder();
        b.function("reader").entry(Insn.EntryKind.PROCESS)
                .at(3).ctx(Insn.ContextChange.RCU_READ_LOCK)
                .at(4).sleep("msleep")
                .at(5).ctx(Insn.ContextChange.RCU_READ_UNLOCK)
                .at(6).ctx(Insn.ContextChange.IRQ_DISABLE)
                .at(7).sleep("schedule")
                .at(8).ctx(Insn.ContextChange.IRQ_ENABLE).ret().done();
        Program p = b.build();
        Lint.expect(p, "sleep-in-atomic@4", "sleep-in-atomic@7");
    }

    @Test
    void sleepOnOnePathIsAWarning() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("worker", "x").entry(Insn.EntryKind.PROCESS);
        int locked = f.newBlock();
        int join = f.newBlock();
        f.at(2).branch(f.param(0), locked, join);
        f.in(locked).at(3).spinLock(global("l"), "l").jump(join);
        f.in(join).at(5).sleep("msleep").at(6).ret();
        f.done();
        // the path with the lock also returns with it held
        var fs = Lint.run(b.build());
        Finding sleep = fs.stream().filter(x -> x.rule() == Rule.SLEEP_IN_ATOMIC).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, sleep.severity());
    }
}
