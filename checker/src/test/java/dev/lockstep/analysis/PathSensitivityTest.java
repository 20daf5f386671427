package dev.lockstep.analysis;

import static dev.lockstep.analysis.IrBuilder.global;

import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import org.junit.jupiter.api.Test;

/** The kernel idioms that must produce no false alarm. */
class PathSensitivityTest {

    private static final Value L = global("l");

    /** {@code if (spin_trylock(&l)) { ...; spin_unlock(&l); }} */
    @Test
    void trylockInIf() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("worker").entry(Insn.EntryKind.PROCESS);
        Value.Reg ok = f.reg("ok");
        Value.Reg c = f.reg("c");
        int got = f.newBlock();
        int out = f.newBlock();
        f.at(2).spinTrylock(ok, L, "l").compute(c, Insn.Op.NE, ok, new Value.Const(0)).branch(c, got, out);
        f.in(got).at(3).spinUnlock(L, "l").jump(out);
        f.in(out).at(5).ret();
        f.done();
        Lint.clean(b.build());
    }

    /** {@code if (!spin_trylock(&l)) return -EBUSY; ... spin_unlock(&l); return 0;} */
    @Test
    void negatedTrylockEarlyReturn() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("worker").entry(Insn.EntryKind.PROCESS);
        Value.Reg ok = f.reg("ok");
        Value.Reg c = f.reg("c");
        int busy = f.newBlock();
        int got = f.newBlock();
        f.at(2).spinTrylock(ok, L, "l").compute(c, Insn.Op.LOGICAL_NOT, ok).branch(c, busy, got);
        f.in(busy).at(3).ret(new Value.Const(-16));
        f.in(got).at(4).spinUnlock(L, "l").at(5).ret(new Value.Const(0));
        f.done();
        Lint.clean(b.build());
    }

    /**
     * {@code if (mutex_lock_interruptible(&m)) return -EINTR;} with mutex_lock_interruptible a static
     * inline function of the stdlib: {@code return __ls_acquire(m, MUTEX, EXCL, INTERRUPTIBLE, 0) ? 0 : -EINTR;}
     */
    @Test
    void interruptibleLockFailureThroughInlineHelper() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder h = b.function("mutex_lock_interruptible", "lock");
        Value.Reg s = h.reg("s");
        Value.Reg r = h.reg("r");
        int yes = h.newBlock();
        int no = h.newBlock();
        int end = h.newBlock();
        h.at(50).acquire(s, h.param(0), "m", Insn.LockKind.MUTEX, Insn.LockMode.EXCLUSIVE, Insn.Attempt.INTERRUPTIBLE, 0)
                .branch(s, yes, no);
        h.in(yes).compute(r, Insn.Op.MOVE, new Value.Const(0)).jump(end);
        h.in(no).compute(r, Insn.Op.MOVE, new Value.Const(-4)).jump(end);
        h.in(end).ret(r);
        h.acquires("m").done();
        IrBuilder.FunctionBuilder f = b.function("ioctl").entry(Insn.EntryKind.PROCESS);
        Value.Reg ret = f.reg("ret");
        int fail = f.newBlock();
        int go = f.newBlock();
        f.at(10).call(ret, "mutex_lock_interruptible", global("m")).branch(ret, fail, go);
        f.in(fail).at(11).ret(new Value.Const(-4));
        f.in(go).at(12).mutexUnlock(global("m"), "m").at(13).ret(new Value.Const(0));
        f.done();
        Lint.clean(b.build());
    }

    /** {@code if (flag) spin_lock(&l); work(); if (flag) spin_unlock(&l);} */
    @Test
    void correlatedBranches() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("worker", "flag").entry(Insn.EntryKind.PROCESS);
        Value.Reg c1 = f.reg("c1");
        Value.Reg c2 = f.reg("c2");
        int lock = f.newBlock();
        int mid = f.newBlock();
        int unlock = f.newBlock();
        int end = f.newBlock();
        f.at(2).compute(c1, Insn.Op.NE, f.param(0), new Value.Const(0)).branch(c1, lock, mid);
        f.in(lock).at(3).spinLock(L, "l").jump(mid);
        f.in(mid).at(4).compute(c2, Insn.Op.NE, f.param(0), new Value.Const(0)).branch(c2, unlock, end);
        f.in(unlock).at(5).spinUnlock(L, "l").jump(end);
        f.in(end).at(6).ret();
        f.done();
        Lint.clean(b.build());
    }

    /** The same with the flag reassigned in between: now it is an imbalance. */
    @Test
    void uncorrelatedBranchesLeak() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("worker", "flag", "other").entry(Insn.EntryKind.PROCESS);
        Value.Reg c1 = f.reg("c1");
        Value.Reg c2 = f.reg("c2");
        int lock = f.newBlock();
        int mid = f.newBlock();
        int unlock = f.newBlock();
        int end = f.newBlock();
        f.at(2).compute(c1, Insn.Op.NE, f.param(0), new Value.Const(0)).branch(c1, lock, mid);
        f.in(lock).at(3).spinLock(L, "l").jump(mid);
        f.in(mid).at(4).compute(f.param(0), Insn.Op.MOVE, f.param(1))
                .compute(c2, Insn.Op.NE, f.param(0), new Value.Const(0)).branch(c2, unlock, end);
        f.in(unlock).at(5).spinUnlock(L, "l").jump(end);
        f.in(end).at(6).ret();
        f.done();
        Lint.expect(b.build(), "bad-unlock@5", "lock-imbalance@6");
    }

    /** {@code spin_lock(&l); if (err) goto out_unlock; ...; out_unlock: spin_unlock(&l); return ret;} */
    @Test
    void gotoOutUnlock() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("worker", "err").entry(Insn.EntryKind.PROCESS);
        int work = f.newBlock();
        int out = f.newBlock();
        f.at(2).spinLock(L, "l").at(3).branch(f.param(0), out, work);
        f.in(work).at(4).jump(out);
        f.in(out).at(6).spinUnlock(L, "l").at(7).ret();
        f.done();
        Lint.clean(b.build());
    }

    /** The error path forgets the unlock: lock-imbalance on that return. */
    @Test
    void errorPathMissingUnlock() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("worker", "err").entry(Insn.EntryKind.PROCESS);
        int fail = f.newBlock();
        int ok = f.newBlock();
        f.at(2).spinLock(L, "l").at(3).branch(f.param(0), fail, ok);
        f.in(fail).at(4).ret(new Value.Const(-22));
        f.in(ok).at(5).spinUnlock(L, "l").at(6).ret(new Value.Const(0));
        f.done();
        Lint.expect(b.build(), "lock-imbalance@4");
    }

    /** Helpers annotated __acquires / __releases, called in pairs. */
    @Test
    void annotatedHelpers() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder lk = b.function("lock_dev", "d");
        Value.Reg a = lk.reg("a");
        lk.at(20).field(a, lk.param(0), "lock").spinLock(a, "struct dev::lock").ret().acquires("struct dev::lock").done();
        IrBuilder.FunctionBuilder ul = b.function("unlock_dev", "d");
        Value.Reg u = ul.reg("a");
        ul.at(25).field(u, ul.param(0), "lock").spinUnlock(u, "struct dev::lock").ret().releases("struct dev::lock")
                .done();
        b.function("worker").entry(Insn.EntryKind.PROCESS)
                .at(10).call(null, "lock_dev", global("d0"))
                .at(11).call(null, "unlock_dev", global("d0")).ret().done();
        Lint.clean(b.build());
    }

    /** A helper declared __acquires that does not take the lock breaks its contract. */
    @Test
    void brokenContract() {
        IrBuilder b = new IrBuilder();
        b.function("lock_dev", "d").at(20).ret().acquires("struct dev::lock").done();
        Lint.expect(b.build(), "lock-imbalance@20");
    }

    /** A loop that takes and releases the lock each iteration converges and is clean. */
    @Test
    void lockInLoop() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("worker", "n").entry(Insn.EntryKind.PROCESS);
        Value.Reg i = f.reg("i");
        Value.Reg c = f.reg("c");
        int head = f.newBlock();
        int body = f.newBlock();
        int end = f.newBlock();
        f.at(2).compute(i, Insn.Op.MOVE, new Value.Const(0)).jump(head);
        f.in(head).at(3).compute(c, Insn.Op.LT, i, f.param(0)).branch(c, body, end);
        f.in(body).at(4).spinLock(L, "l").at(5).spinUnlock(L, "l").compute(i, Insn.Op.ADD, i, new Value.Const(1));
        f.in(body).jump(head);
        f.in(end).at(7).ret();
        f.done();
        Lint.clean(b.build());
    }

    /** {@code flag = !flag;} between the two branches: the second no longer correlates (and nothing loops). */
    @Test
    void conditionNegatedInPlace() {
        IrBuilder b = new IrBuilder();
        IrBuilder.FunctionBuilder f = b.function("worker", "flag").entry(Insn.EntryKind.PROCESS);
        int lock = f.newBlock();
        int mid = f.newBlock();
        int unlock = f.newBlock();
        int end = f.newBlock();
        f.at(2).branch(f.param(0), lock, mid);
        f.in(lock).at(3).spinLock(L, "l").jump(mid);
        f.in(mid).at(4).compute(f.param(0), Insn.Op.LOGICAL_NOT, f.param(0)).branch(f.param(0), unlock, end);
        f.in(unlock).at(5).spinUnlock(L, "l").jump(end);
        f.in(end).at(6).ret();
        f.done();
        Lint.expect(b.build(), "bad-unlock@5", "lock-imbalance@6");
    }

    /** A helper that returns a constant: the caller's two branches on its result correlate. */
    @Test
    void branchesOnAConstantReturningHelper() {
        IrBuilder b = new IrBuilder();
        b.function("enabled").at(40).ret(new Value.Const(1)).done();
        IrBuilder.FunctionBuilder f = b.function("worker").entry(Insn.EntryKind.PROCESS);
        Value.Reg e1 = f.reg("e1");
        Value.Reg e2 = f.reg("e2");
        int lock = f.newBlock();
        int mid = f.newBlock();
        int unlock = f.newBlock();
        int end = f.newBlock();
        f.at(2).call(e1, "enabled").branch(e1, lock, mid);
        f.in(lock).at(3).spinLock(L, "l").jump(mid);
        f.in(mid).at(4).call(e2, "enabled").branch(e2, unlock, end);
        f.in(unlock).at(5).spinUnlock(L, "l").jump(end);
        f.in(end).at(6).ret();
        f.done();
        Lint.clean(b.build());
    }
}
