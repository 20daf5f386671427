package dev.lockstep.explore.scenario;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tasklet or a timer callback never runs on two CPUs at once (a timer that is running is not
 * migrated to another CPU's timer base when it is re-armed). Each such function {@code t} becomes a
 * guard that claims a hidden "running" word with a compare-and-exchange, runs the body (the
 * original, renamed {@code t.body}) when the claim succeeds, and releases the word after; when the
 * callback runs elsewhere the guard returns at once (the kernel runs it again later, which the
 * scenario's other executions cover). In execution graphs this is exact: two claims cannot both
 * read the word free.
 */
public final class NonReentrantGuards {

    private NonReentrantGuards() {}

    public static Program guard(Program program) {
        Set<String> guarded = nonReentrant(program);
        if (guarded.isEmpty()) {
            return program;
        }
        Map<String, Function> functions = new LinkedHashMap<>();
        List<Program.Global> globals = new ArrayList<>(program.globals());
        for (Function f : program.functions().values()) {
            if (!guarded.contains(f.name())) {
                functions.put(f.name(), f);
                continue;
            }
            String body = f.name() + ".body";
            String word = "running[" + f.name() + "]";
            globals.add(new Program.Global(word, "int", new Program.Init.Zero(), f.span()));
            functions.put(body, new Function(body, f.params(), f.registerCount(), f.blocks(), Contract.NONE, f.span()));
            functions.put(f.name(), wrapper(f, body, word));
        }
        return new Program(program.file(), List.copyOf(globals), functions);
    }

    /**
     * Functions registered or annotated as tasklets or timer callbacks, but not one registered in two
     * places: two tasklets or timers may share a function and then run it on two CPUs at once (the
     * guard is one word per function, so such a function keeps every interleaving).
     */
    private static Set<String> nonReentrant(Program program) {
        Set<String> out = new LinkedHashSet<>();
        Map<String, Integer> registrations = new LinkedHashMap<>();
        for (Function f : program.functions().values()) {
            if (f.contract().entries().stream().anyMatch(e -> e.kind().isNonReentrant())) {
                out.add(f.name());
                registrations.merge(f.name(), 1, Integer::sum);
            }
            for (BasicBlock b : f.blocks()) {
                for (Insn insn : b.insns()) {
                    if (insn instanceof Insn.Register r && r.function() instanceof Value.FunctionRef ref) {
                        registrations.merge(ref.name(), 1, Integer::sum);
                        if (r.context().isNonReentrant()) {
                            out.add(ref.name());
                        }
                    }
                }
            }
        }
        out.removeIf(name -> registrations.getOrDefault(name, 0) > 1);
        out.retainAll(program.functions().keySet());
        return out;
    }

    /** {@code if (cmpxchg(&word, 0, 1) == 0) { body(args); smp_store_release(&word, 0); } return;} */
    private static Function wrapper(Function f, String body, String word) {
        Span at = f.span();
        int n = f.params().size();
        Value.Reg old = new Value.Reg(n, "claim");
        Value.Reg free = new Value.Reg(n + 1, "free");
        Value.Global running = new Value.Global(word);
        List<Value> args = new ArrayList<>(f.params());
        BasicBlock claim = new BasicBlock(0, List.of(
                new Insn.Rmw(old, running, Insn.RmwOp.CMPXCHG, new Value.Const(1), new Value.Const(0),
                        Insn.Ordering.ACQUIRE, IntType.INT, at),
                new Insn.Compute(free, Insn.Op.EQ, List.of(old, new Value.Const(0)), IntType.INT, at)),
                new Terminator.Branch(free, 1, 2, at));
        BasicBlock run = new BasicBlock(1, List.of(
                new Insn.Call(null, new Value.FunctionRef(body), args, at),
                new Insn.Store(running, new Value.Const(0), Insn.Access.RELEASE, IntType.INT, at)),
                new Terminator.Jump(2, at));
        BasicBlock done = new BasicBlock(2, List.of(), new Terminator.Return(null, at));
        return new Function(f.name(), f.params(), n + 2, List.of(claim, run, done), f.contract(), at);
    }
}
