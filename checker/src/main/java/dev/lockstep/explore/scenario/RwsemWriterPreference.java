package dev.lockstep.explore.scenario;

import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.IntType;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A waiting rwsem writer blocks new readers, as the kernel's rw_semaphore does (so a reader that
 * takes it twice can deadlock with a writer that queued in between). Each blocking
 * {@code down_write} announces itself in a hidden count beside the lock word while it waits, and
 * each blocking {@code down_read} first waits until no writer is announced.
 */
public final class RwsemWriterPreference {

    /** The hidden member of a {@code struct rw_semaphore} counting the writers that wait for it. */
    static final String WAITING = "writers_waiting";

    private RwsemWriterPreference() {}

    public static Program apply(Program program) {
        Map<String, Function> functions = new LinkedHashMap<>();
        boolean changed = false;
        for (Function f : program.functions().values()) {
            Function g = rewrite(f);
            changed |= g != f;
            functions.put(f.name(), g);
        }
        return changed ? new Program(program.file(), program.globals(), functions) : program;
    }

    private static boolean blockingRwsem(Insn insn) {
        return insn instanceof Insn.Acquire a && a.kind() == Insn.LockKind.RWSEM && a.attempt() == Insn.Attempt.BLOCKING;
    }

    private static Function rewrite(Function f) {
        if (f.blocks().stream().flatMap(b -> b.insns().stream()).noneMatch(RwsemWriterPreference::blockingRwsem)) {
            return f;
        }
        int next = f.registerCount();
        List<BasicBlock> blocks = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
            List<Insn> out = new ArrayList<>();
            for (Insn insn : b.insns()) {
                if (!blockingRwsem(insn)) {
                    out.add(insn);
                    continue;
                }
                Insn.Acquire a = (Insn.Acquire) insn;
                Value.Reg waiting = new Value.Reg(next++, "rwsem_waiting");
                out.add(new Insn.FieldAddr(waiting, a.lock(), WAITING, a.span()));
                if (a.mode() == Insn.LockMode.EXCLUSIVE) {
                    out.add(new Insn.Rmw(new Value.Reg(next++, ""), waiting, Insn.RmwOp.ADD, new Value.Const(1), null,
                            Insn.Ordering.RELAXED, IntType.INT, a.span()));
                    out.add(a);
                    out.add(new Insn.Rmw(new Value.Reg(next++, ""), waiting, Insn.RmwOp.SUB, new Value.Const(1), null,
                            Insn.Ordering.RELAXED, IntType.INT, a.span()));
                } else {
                    Value.Reg count = new Value.Reg(next++, "writers_waiting");
                    Value.Reg none = new Value.Reg(next++, "no_writer_waits");
                    out.add(new Insn.Load(count, waiting, Insn.Access.ONCE, IntType.INT, a.span()));
                    out.add(new Insn.Compute(none, Insn.Op.EQ, List.of(count, new Value.Const(0)), IntType.INT,
                            a.span()));
                    out.add(new Insn.Await(none, a.span()));
                    out.add(a);
                }
            }
            blocks.add(new BasicBlock(b.index(), List.copyOf(out), b.terminator()));
        }
        return new Function(f.name(), f.params(), next, List.copyOf(blocks), f.contract(), f.span());
    }
}
