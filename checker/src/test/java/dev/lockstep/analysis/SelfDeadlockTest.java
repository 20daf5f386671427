package dev.lockstep.analysis;

import static dev.lockstep.analysis.IrBuilder.global;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import org.junit.jupiter.api.Test;

class SelfDeadlockTest {

    private static final Value L = global("l");

    @Test
    void doubleLock() {
        IrBuilder b = new IrBuilder();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(3).spinLock(L, "l").at(4).spinLock(L, "l")
                .at(5).spinUnlock(L, "l").at(6).spinUnlock(L, "l").ret().done();
        Finding f = Lint.only(b.build(), Rule.SELF_DEADLOCK);
        assertEquals(4, f.span().line());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(3, f.related().get(0).span().line());
    }

    @Test
    void throughACallee() {
        IrBuilder b = new IrBuilder();
        b.function("helper").at(30).spinLock(L, "l").at(31).spinUnlock(L, "l").ret().done();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(3).spinLock(L, "l").at(4).call(null, "helper").at(5).spinUnlock(L, "l").ret().done();
        Finding f = Lint.only(b.build(), Rule.SELF_DEADLOCK);
        assertEquals(30, f.span().line());
        assertTrue(f.message().contains("helper()"), f.message());
        assertTrue(f.related().stream().anyMatch(r -> r.span().line() == 4), f.toString());
    }

    @Test
    void calleeOutsideTheLockIsClean() {
        IrBuilder b = new IrBuilder();
        b.function("helper").at(30).spinLock(L, "l").at(31).spinUnlock(L, "l").ret().done();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(3).spinLock(L, "l").at(4).spinUnlock(L, "l").at(5).call(null, "helper").ret().done();
        Lint.clean(b.build());
    }

    /** {@code spin_lock(&p->lock); spin_lock_nested(&c->lock, SINGLE_DEPTH_NESTING);}: no report. */
    @Test
    void nestingSubclassSuppresses() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("worker").entry(Insn.EntryKind.PROCESS);
        f.at(3).spinLock(L, "l").at(4).spinLockNested(L, "l", 1)
                .at(5).spinUnlock(L, "l").at(6).spinUnlock(L, "l").ret().done();
        Lint.clean(b.build());
    }

    /** Two instances of one class through two parameters: not a recursive lock. */
    @Test
    void twoInstancesOfOneClass() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder t = b.function("pair", "x", "y").entry(Insn.EntryKind.PROCESS);
        Value.Reg xl = t.reg("xl");
        Value.Reg yl = t.reg("yl");
        t.at(5).field(xl, t.param(0), "lock").spinLock(xl, "struct acct::lock")
                .at(6).field(yl, t.param(1), "lock").spinLock(yl, "struct acct::lock")
                .at(7).spinUnlock(yl, "struct acct::lock").at(8).spinUnlock(xl, "struct acct::lock").ret().done();
        Lint.clean(b.build());
    }

    /** ... but the caller passing one object twice makes it one. */
    @Test
    void sameObjectPassedTwice() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder t = b.function("pair", "x", "y");
        Value.Reg xl = t.reg("xl");
        Value.Reg yl = t.reg("yl");
        t.at(5).field(xl, t.param(0), "lock").spinLock(xl, "struct acct::lock")
                .at(6).field(yl, t.param(1), "lock").spinLock(yl, "struct acct::lock")
                .at(7).spinUnlock(yl, "struct acct::lock").at(8).spinUnlock(xl, "struct acct::lock").ret().done();
        b.function("worker").entry(Insn.EntryKind.PROCESS).at(20).call(null, "pair", global("A"), global("A")).ret()
                .done();
        Finding f = Lint.only(b.build(), Rule.SELF_DEADLOCK);
        assertEquals(6, f.span().line());
        assertTrue(f.message().contains("'A.lock'"), f.message());
        assertTrue(f.related().stream().anyMatch(r -> r.span().line() == 20), f.toString());
    }

    @Test
    void readLockAfterWriteLock() {
        IrBuilder b = new IrBuilder();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(3).acquire(null, global("rw"), "rw", Insn.LockKind.RWLOCK, Insn.LockMode.EXCLUSIVE,
                        Insn.Attempt.BLOCKING, 0)
                .at(4).acquire(null, global("rw"), "rw", Insn.LockKind.RWLOCK, Insn.LockMode.SHARED,
                        Insn.Attempt.BLOCKING, 0)
                .at(5).release(global("rw"), "rw", Insn.LockKind.RWLOCK, Insn.LockMode.SHARED)
                .at(6).release(global("rw"), "rw", Insn.LockKind.RWLOCK, Insn.LockMode.EXCLUSIVE).ret().done();
        Lint.expect(b.build(), "self-deadlock@4");
    }

    private static IrBuilder twoReaders(Insn.LockKind kind, Insn.EntryKind ctx) {
        IrBuilder b = new IrBuilder();
        b.function("reader").entry(ctx)
                .at(3).acquire(null, global("s"), "s", kind, Insn.LockMode.SHARED, Insn.Attempt.BLOCKING, 0)
                .at(4).acquire(null, global("s"), "s", kind, Insn.LockMode.SHARED, Insn.Attempt.BLOCKING, 0)
                .at(5).release(global("s"), "s", kind, Insn.LockMode.SHARED)
                .at(6).release(global("s"), "s", kind, Insn.LockMode.SHARED).ret().done();
        return b;
    }

    @Test
    void downReadTwice() {
        Finding f = Lint.only(twoReaders(Insn.LockKind.RWSEM, Insn.EntryKind.PROCESS).build(), Rule.SELF_DEADLOCK);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("writer"), f.message());
    }

    @Test
    void rwlockReadersAreRecursiveInInterruptContext() {
        Lint.clean(twoReaders(Insn.LockKind.RWLOCK, Insn.EntryKind.SOFTIRQ).build());
    }
}
