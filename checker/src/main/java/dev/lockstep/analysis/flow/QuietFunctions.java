package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.Tri;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Contract;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Functions with nothing for the lock-state dataflow to see (no lock, interrupt, sleep, RCU or
 * free operation, no contract, only calls of such functions, and no constant returned that a
 * caller could branch on): their summary is the identity and their only observations are their
 * calls (for contexts), so the dataflow can skip them.
 */
public final class QuietFunctions {

    private QuietFunctions() {
    }

    public static boolean isQuiet(Function f, Resolver resolver, Map<String, Summary> summaries) {
        Contract c = f.contract();
        if (!c.acquires().isEmpty() || !c.releases().isEmpty() || !c.mustHold().isEmpty() || c.mightSleep()) {
            return false;
        }
        for (BasicBlock b : f.blocks()) {
            for (Insn i : b.insns()) {
                if (!quiet(i, resolver, summaries)) {
                    return false;
                }
            }
            if (b.terminator() instanceof Terminator.Return r && returnsConstant(r.value(), resolver)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a return gives a constant (callers' branches on it may correlate with their locks). */
    private static boolean returnsConstant(Value v, Resolver resolver) {
        if (v instanceof Value.Const) {
            return true;
        }
        if (v instanceof Value.Reg r) {
            List<Insn> defs = resolver.definitions(r.index());
            return !defs.isEmpty() && defs.stream().allMatch(d -> d instanceof Insn.Compute c
                    && c.op() == Insn.Op.MOVE && !c.args().isEmpty() && c.args().get(0) instanceof Value.Const);
        }
        return false;
    }

    private static boolean quiet(Insn i, Resolver resolver, Map<String, Summary> summaries) {
        if (i instanceof Insn.Call c) {
            String callee = resolver.functionOf(c.callee());
            Summary s = callee == null ? null : summaries.get(callee);
            return s == null || s.equals(Summary.IDENTITY);
        }
        if (i instanceof Insn.Store s) {
            return s.access() != Insn.Access.RELEASE;
        }
        return i instanceof Insn.Compute || i instanceof Insn.FieldAddr || i instanceof Insn.ElemAddr
                || i instanceof Insn.ContainerOf || i instanceof Insn.LocalObject || i instanceof Insn.Load
                || i instanceof Insn.Rmw || i instanceof Insn.Fence || i instanceof Insn.Alloc
                || i instanceof Insn.Assume || i instanceof Insn.Assert || i instanceof Insn.Await
                || i instanceof Insn.Spawn || i instanceof Insn.Register || i instanceof Insn.IsHeld
                || i instanceof Insn.IrqsDisabled || i instanceof Insn.AssertIrqsDisabled;
    }

    /** What the dataflow would have observed of a quiet function: its calls, with the caller's state unchanged. */
    public static List<Observation> calls(Function f, Resolver resolver) {
        List<Observation> out = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
            for (Insn i : b.insns()) {
                if (i instanceof Insn.Call c && resolver.functionOf(c.callee()) != null) {
                    out.add(new Observation.Call(f.name(), resolver.functionOf(c.callee()), c.span(), Tri.INHERITED,
                            Tri.INHERITED, Certainty.ALL_PATHS));
                }
            }
        }
        return out;
    }
}
