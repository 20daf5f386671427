package dev.lockstep.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which operands an instruction reads ({@link Insn#destination()} is what it writes), and which registers are live on entry to each
 * block of a function (backward dataflow: a register is live where some path reads it before
 * writing it). The explorer compares the live registers of a loop head between two iterations to
 * tell a loop that waits from one that makes progress.
 */
public final class Registers {

    private Registers() {}

    /** The operands {@code insn} reads. */
    public static List<Value> read(Insn insn) {
        List<Value> out = new ArrayList<>(3);
        if (insn instanceof Insn.Compute c) {
            out.addAll(c.args());
        } else if (insn instanceof Insn.FieldAddr a) {
            out.add(a.base());
        } else if (insn instanceof Insn.ElemAddr a) {
            out.add(a.base());
            out.add(a.index());
        } else if (insn instanceof Insn.ContainerOf a) {
            out.add(a.pointer());
        } else if (insn instanceof Insn.Load l) {
            out.add(l.address());
        } else if (insn instanceof Insn.Store s) {
            out.add(s.address());
            out.add(s.value());
        } else if (insn instanceof Insn.Rmw r) {
            out.add(r.address());
            out.add(r.operand());
            out.add(r.expected());
        } else if (insn instanceof Insn.Acquire a) {
            out.add(a.lock());
        } else if (insn instanceof Insn.Release r) {
            out.add(r.lock());
        } else if (insn instanceof Insn.Downgrade d) {
            out.add(d.lock());
        } else if (insn instanceof Insn.IrqRestore r) {
            out.add(r.flags());
        } else if (insn instanceof Insn.Free f) {
            out.add(f.pointer());
        } else if (insn instanceof Insn.WaitDecrement w) {
            out.add(w.address());
        } else if (insn instanceof Insn.Await a) {
            out.add(a.condition());
        } else if (insn instanceof Insn.Assume a) {
            out.add(a.condition());
        } else if (insn instanceof Insn.Assert a) {
            out.add(a.condition());
        } else if (insn instanceof Insn.AssertHeld h) {
            out.add(h.lock());
        } else if (insn instanceof Insn.IsHeld h) {
            out.add(h.lock());
        } else if (insn instanceof Insn.RcuCheck c) {
            out.add(c.protectedBy());
        } else if (insn instanceof Insn.Call c) {
            out.add(c.callee());
            out.addAll(c.args());
        } else if (insn instanceof Insn.Spawn s) {
            out.add(s.function());
            out.add(s.arg());
        } else if (insn instanceof Insn.Register r) {
            out.add(r.function());
            out.add(r.arg());
        }
        return out;
    }

    /** The operands a terminator reads. */
    public static List<Value> read(Terminator t) {
        if (t instanceof Terminator.Branch b) {
            return List.of(b.condition());
        }
        if (t instanceof Terminator.Return r && r.value() != null) {
            return List.of(r.value());
        }
        return List.of();
    }

    /** The registers live on entry to each block of {@code f}. */
    public static List<BitSet> liveIn(Function f) {
        int n = f.blocks().size();
        List<BitSet> in = new ArrayList<>(n);
        List<BitSet> uses = new ArrayList<>(n);
        List<BitSet> defs = new ArrayList<>(n);
        for (BasicBlock b : f.blocks()) {
            BitSet use = new BitSet();
            BitSet def = new BitSet();
            for (Insn insn : b.insns()) {
                read(insn).forEach(v -> note(v, use, def));
                Value.Reg w = insn.destination();
                if (w != null) {
                    def.set(w.index());
                }
            }
            read(b.terminator()).forEach(v -> note(v, use, def));
            uses.add(use);
            defs.add(def);
            in.add((BitSet) use.clone());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                BitSet out = new BitSet();
                for (int s : f.blocks().get(i).terminator().successors()) {
                    out.or(in.get(s));
                }
                out.andNot(defs.get(i));
                out.or(uses.get(i));
                if (!out.equals(in.get(i))) {
                    in.set(i, out);
                    changed = true;
                }
            }
        }
        return in;
    }

    private static void note(Value v, BitSet use, BitSet def) {
        if (v instanceof Value.Reg r && !def.get(r.index())) {
            use.set(r.index());
        }
    }
}
