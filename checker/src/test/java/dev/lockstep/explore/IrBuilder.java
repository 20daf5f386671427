package dev.lockstep.explore;

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

/** A small DSL to write IR programs in tests: globals, functions with blocks, entry contracts. */
final class IrBuilder {
    private final String file;
    private final List<Program.Global> globals = new ArrayList<>();
    private final Map<String, Function> functions = new LinkedHashMap<>();
    private int line = 1;

    IrBuilder(String file) {
        this.file = file;
    }

    Span span() {
        return Span.at(file, line++, 1);
    }

    IrBuilder global(String name, String type) {
        globals.add(new Program.Global(name, type, new Program.Init.Zero(), span()));
        return this;
    }

    IrBuilder global(String name, String type, long value) {
        globals.add(new Program.Global(name, type, new Program.Init.Scalar(value), span()));
        return this;
    }

    Fn function(String name, String... params) {
        return new Fn(name, params);
    }

    Program build() {
        return new Program(file, globals, functions);
    }

    static Value.Const c(long v) {
        return new Value.Const(v);
    }

    static Value.Global g(String name) {
        return new Value.Global(name);
    }

    static Value.FunctionRef fn(String name) {
        return new Value.FunctionRef(name);
    }

    /** A function under construction: registers, blocks (the current one receives instructions). */
    final class Fn {
        private final String name;
        private final List<Value.Reg> params = new ArrayList<>();
        private final List<List<Insn>> blocks = new ArrayList<>();
        private final List<Terminator> terms = new ArrayList<>();
        private final List<Contract.EntryPoint> entries = new ArrayList<>();
        private int regs;
        private int current;

        Fn(String name, String... paramNames) {
            this.name = name;
            for (String p : paramNames) {
                params.add(new Value.Reg(regs++, p));
            }
            block();
        }

        Value.Reg param(int i) {
            return params.get(i);
        }

        Value.Reg reg(String n) {
            return new Value.Reg(regs++, n);
        }

        int block() {
            blocks.add(new ArrayList<>());
            terms.add(null);
            return blocks.size() - 1;
        }

        Fn at(int block) {
            current = block;
            return this;
        }

        Fn entry(Insn.EntryKind kind) {
            entries.add(new Contract.EntryPoint(kind, -1, 1, 0));
            return this;
        }

        Fn entry(Insn.EntryKind kind, int cpu, int instances, int times) {
            entries.add(new Contract.EntryPoint(kind, cpu, instances, times));
            return this;
        }

        Fn insn(Insn i) {
            blocks.get(current).add(i);
            return this;
        }

        Fn compute(Value.Reg dst, Insn.Op op, Value a, Value b) {
            return insn(new Insn.Compute(dst, op, b == null ? List.of(a) : List.of(a, b), IntType.LONG, span()));
        }

        Fn move(Value.Reg dst, Value a) {
            return compute(dst, Insn.Op.MOVE, a, null);
        }

        Fn elem(Value.Reg dst, Value base, Value index) {
            return insn(new Insn.ElemAddr(dst, base, index, span()));
        }

        Fn load(Value.Reg dst, Value addr, Insn.Access access) {
            return insn(new Insn.Load(dst, addr, access, IntType.INT, span()));
        }

        Fn store(Value addr, Value v, Insn.Access access) {
            return insn(new Insn.Store(addr, v, access, IntType.INT, span()));
        }

        Fn rmw(Value.Reg dst, Value addr, Insn.RmwOp op, Value operand, Value expected) {
            return insn(new Insn.Rmw(dst, addr, op, operand, expected, Insn.Ordering.FULL, IntType.INT, span()));
        }

        Fn fence(Insn.FenceKind kind) {
            return insn(new Insn.Fence(kind, span()));
        }

        Fn lock(Value lock, Insn.LockKind kind, String cls) {
            return insn(new Insn.Acquire(null, lock, kind, Insn.LockMode.EXCLUSIVE, Insn.Attempt.BLOCKING, 0, cls,
                    span()));
        }

        Fn trylock(Value.Reg ok, Value lock, Insn.LockKind kind, String cls) {
            return insn(new Insn.Acquire(ok, lock, kind, Insn.LockMode.EXCLUSIVE, Insn.Attempt.TRY, 0, cls, span()));
        }

        Fn unlock(Value lock, Insn.LockKind kind, String cls) {
            return insn(new Insn.Release(lock, kind, Insn.LockMode.EXCLUSIVE, cls, span()));
        }

        Fn context(Insn.ContextChange change) {
            return insn(new Insn.ContextOp(change, span()));
        }

        Fn spawn(String function, Value arg) {
            return insn(new Insn.Spawn(fn(function), arg, new Value.Str(function), span()));
        }

        Fn register(Insn.EntryKind kind, String function, Value arg) {
            return insn(new Insn.Register(kind, fn(function), arg, span()));
        }

        Fn assertTrue(Value cond, String what) {
            return insn(new Insn.Assert(cond, what, span()));
        }

        Fn mightSleep(String what) {
            return insn(new Insn.MightSleep(what, span()));
        }

        Fn jump(int target) {
            terms.set(current, new Terminator.Jump(target, span()));
            return this;
        }

        Fn branch(Value cond, int t, int f) {
            terms.set(current, new Terminator.Branch(cond, t, f, span()));
            return this;
        }

        Fn loopBack(int target, int loopId) {
            terms.set(current, new Terminator.LoopBack(target, loopId, span()));
            return this;
        }

        Fn ret() {
            terms.set(current, new Terminator.Return(null, span()));
            return this;
        }

        IrBuilder done() {
            List<BasicBlock> bs = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                Terminator t = terms.get(i) == null ? new Terminator.Return(null, span()) : terms.get(i);
                bs.add(new BasicBlock(i, List.copyOf(blocks.get(i)), t));
            }
            Contract contract = new Contract(entries, List.of(), List.of(), List.of(), false);
            functions.put(name, new Function(name, params, regs, bs, contract, span()));
            return IrBuilder.this;
        }
    }
}
