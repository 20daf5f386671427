package dev.lockstep.analysis;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Contract;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.IntType;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small DSL to build IR programs in tests, lowering kernel APIs the way the stdlib does
 * ({@code spin_lock} = preempt disable + acquire, {@code spin_lock_irqsave} = irqsave + acquire, ...).
 * Every instruction is placed on the current line ({@link FunctionBuilder#at}).
 */
final class IrBuilder {

    static final String FILE = "t.c";

    private final Map<String, Function> functions = new LinkedHashMap<>();

    static Value.Global global(String name) {
        return new Value.Global(name);
    }

    FunctionBuilder function(String name, String... params) {
        return new FunctionBuilder(this, name, params);
    }

    /** Adds a function built by hand. */
    IrBuilder add(Function f) {
        functions.put(f.name(), f);
        return this;
    }

    Program build() {
        return new Program(FILE, List.of(), functions);
    }

    static Span line(int line) {
        return Span.at(FILE, line, 5);
    }

    /** Builds one function block by block. */
    static final class FunctionBuilder {
        private final IrBuilder owner;
        private final String name;
        private final List<Value.Reg> params = new ArrayList<>();
        private final List<List<Insn>> blocks = new ArrayList<>();
        private final List<Terminator> terms = new ArrayList<>();
        private final List<Contract.EntryPoint> entries = new ArrayList<>();
        private final List<String> acquires = new ArrayList<>();
        private final List<String> releases = new ArrayList<>();
        private int registers;
        private int current;
        private int line = 1;
        private final int declLine;

        FunctionBuilder(IrBuilder owner, String name, String... paramNames) {
            this.owner = owner;
            this.name = name;
            for (String p : paramNames) {
                params.add(reg(p));
            }
            blocks.add(new ArrayList<>());
            terms.add(null);
            declLine = 1;
        }

        FunctionBuilder entry(Insn.EntryKind kind) {
            entries.add(new Contract.EntryPoint(kind, -1, 1, 1));
            return this;
        }

        FunctionBuilder acquires(String cls) {
            acquires.add(cls);
            return this;
        }

        FunctionBuilder releases(String cls) {
            releases.add(cls);
            return this;
        }

        Value.Reg param(int i) {
            return params.get(i);
        }

        Value.Reg reg(String n) {
            return new Value.Reg(registers++, n);
        }

        FunctionBuilder at(int l) {
            line = l;
            return this;
        }

        private Span span() {
            return IrBuilder.line(line);
        }

        FunctionBuilder add(Insn i) {
            blocks.get(current).add(i);
            return this;
        }

        int newBlock() {
            blocks.add(new ArrayList<>());
            terms.add(null);
            return blocks.size() - 1;
        }

        FunctionBuilder in(int block) {
            current = block;
            return this;
        }

        FunctionBuilder ctx(Insn.ContextChange c) {
            return add(new Insn.ContextOp(c, span()));
        }

        FunctionBuilder acquire(Value.Reg success, Value lock, String cls, Insn.LockKind kind, Insn.LockMode mode,
                Insn.Attempt attempt, int subclass) {
            return add(new Insn.Acquire(success, lock, kind, mode, attempt, subclass, cls, span()));
        }

        FunctionBuilder release(Value lock, String cls, Insn.LockKind kind, Insn.LockMode mode) {
            return add(new Insn.Release(lock, kind, mode, cls, span()));
        }

        FunctionBuilder spinLock(Value lock, String cls) {
            ctx(Insn.ContextChange.PREEMPT_DISABLE);
            return acquire(null, lock, cls, Insn.LockKind.SPINLOCK, Insn.LockMode.EXCLUSIVE, Insn.Attempt.BLOCKING, 0);
        }

        FunctionBuilder spinLockNested(Value lock, String cls, int subclass) {
            ctx(Insn.ContextChange.PREEMPT_DISABLE);
            return acquire(null, lock, cls, Insn.LockKind.SPINLOCK, Insn.LockMode.EXCLUSIVE, Insn.Attempt.BLOCKING,
                    subclass);
        }

        FunctionBuilder spinUnlock(Value lock, String cls) {
            release(lock, cls, Insn.LockKind.SPINLOCK, Insn.LockMode.EXCLUSIVE);
            return ctx(Insn.ContextChange.PREEMPT_ENABLE);
        }

        FunctionBuilder spinLockIrq(Value lock, String cls) {
            ctx(Insn.ContextChange.IRQ_DISABLE);
            return spinLock(lock, cls);
        }

        FunctionBuilder spinUnlockIrq(Value lock, String cls) {
            spinUnlock(lock, cls);
            return ctx(Insn.ContextChange.IRQ_ENABLE);
        }

        FunctionBuilder spinLockBh(Value lock, String cls) {
            ctx(Insn.ContextChange.BH_DISABLE);
            return spinLock(lock, cls);
        }

        FunctionBuilder spinUnlockBh(Value lock, String cls) {
            spinUnlock(lock, cls);
            return ctx(Insn.ContextChange.BH_ENABLE);
        }

        FunctionBuilder spinLockIrqsave(Value lock, String cls, Value.Reg flags) {
            add(new Insn.IrqSave(flags, span()));
            return spinLock(lock, cls);
        }

        FunctionBuilder spinUnlockIrqrestore(Value lock, String cls, Value.Reg flags) {
            spinUnlock(lock, cls);
            return add(new Insn.IrqRestore(flags, span()));
        }

        FunctionBuilder spinTrylock(Value.Reg ok, Value lock, String cls) {
            ctx(Insn.ContextChange.PREEMPT_DISABLE);
            return acquire(ok, lock, cls, Insn.LockKind.SPINLOCK, Insn.LockMode.EXCLUSIVE, Insn.Attempt.TRY, 0);
        }

        FunctionBuilder mutexLock(Value lock, String cls) {
            return acquire(null, lock, cls, Insn.LockKind.MUTEX, Insn.LockMode.EXCLUSIVE, Insn.Attempt.BLOCKING, 0);
        }

        FunctionBuilder mutexUnlock(Value lock, String cls) {
            return release(lock, cls, Insn.LockKind.MUTEX, Insn.LockMode.EXCLUSIVE);
        }

        FunctionBuilder sleep(String what) {
            return add(new Insn.MightSleep(what, span()));
        }

        FunctionBuilder field(Value.Reg dst, Value base, String f) {
            return add(new Insn.FieldAddr(dst, base, f, span()));
        }

        FunctionBuilder compute(Value.Reg dst, Insn.Op op, Value... args) {
            return add(new Insn.Compute(dst, op, List.of(args), IntType.INT, span()));
        }

        FunctionBuilder call(Value.Reg dst, String callee, Value... args) {
            return add(new Insn.Call(dst, new Value.FunctionRef(callee), List.of(args), span()));
        }

        FunctionBuilder jump(int target) {
            terms.set(current, new Terminator.Jump(target, span()));
            return this;
        }

        FunctionBuilder branch(Value cond, int ifTrue, int ifFalse) {
            terms.set(current, new Terminator.Branch(cond, ifTrue, ifFalse, span()));
            return this;
        }

        FunctionBuilder ret(Value v) {
            terms.set(current, new Terminator.Return(v, span()));
            return this;
        }

        FunctionBuilder ret() {
            return ret(null);
        }

        IrBuilder done() {
            List<BasicBlock> bbs = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                Terminator t = terms.get(i) == null ? new Terminator.Return(null, span()) : terms.get(i);
                bbs.add(new BasicBlock(i, List.copyOf(blocks.get(i)), t));
            }
            Contract c = new Contract(entries, acquires, releases, List.of(), false);
            owner.functions.put(name, new Function(name, params, registers, bbs, c, IrBuilder.line(declLine)));
            return owner;
        }
    }
}
