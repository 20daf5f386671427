package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.state.Loc;
import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which completions a function signals ({@code complete(&c)}: an atomic add to {@code c.done}), on
 * every path to a return ({@link Result#always}) or on some ({@link Result#sometimes}), through
 * its callees too: a must/may dataflow over the blocks, a block revisited only when what flows into
 * it changed (so a chain of thousands of branches is one pass, not thousands). A waiter whose
 * completion no thread signals on every path can wait forever.
 */
public final class Completions {

    /** A function's completions: on every returning path, and on some path. */
    public record Result(Set<String> always, Set<String> sometimes) {
        public static final Result NONE = new Result(Set.of(), Set.of());
    }

    private Completions() {
    }

    public static Result of(Function f, Resolver resolver, Map<String, Result> callees) {
        int n = f.blocks().size();
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(null);
        }
        List<List<Integer>> preds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            preds.add(new ArrayList<>());
        }
        for (BasicBlock b : f.blocks()) {
            for (int s : b.terminator().successors()) {
                preds.get(s).add(b.index());
            }
        }
        Set<String> sometimes = new TreeSet<>();
        TreeSet<Integer> work = new TreeSet<>();
        if (n > 0) {
            work.add(0);
        }
        while (!work.isEmpty()) {
            BasicBlock b = f.blocks().get(work.pollFirst());
            Set<String> in = inOf(b.index(), preds.get(b.index()), out);
            if (in == null) {
                continue;
            }
            Set<String> o = new TreeSet<>(in);
            for (Insn i : b.insns()) {
                gen(i, resolver, callees, o, sometimes);
            }
            if (!o.equals(out.get(b.index()))) {
                out.set(b.index(), o);
                for (int s : b.terminator().successors()) {
                    work.add(s);
                }
            }
        }
        Set<String> always = null;
        for (BasicBlock b : f.blocks()) {
            if (b.terminator() instanceof Terminator.Return && out.get(b.index()) != null) {
                always = always == null ? new TreeSet<>(out.get(b.index())) : intersect(always, out.get(b.index()));
            }
        }
        return new Result(always == null ? Set.copyOf(sometimes) : Set.copyOf(always), Set.copyOf(sometimes));
    }

    /** The must-set on entry of block {@code b}: empty at the entry, else the intersection over reached predecessors. */
    private static Set<String> inOf(int b, List<Integer> preds, List<Set<String>> out) {
        Set<String> in = b == 0 ? new TreeSet<>() : null;
        for (int p : preds) {
            if (in != null && in.isEmpty()) {
                break;
            }
            if (out.get(p) != null) {
                in = in == null ? new TreeSet<>(out.get(p)) : intersect(in, out.get(p));
            }
        }
        return in;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> r = new TreeSet<>(a);
        r.retainAll(b);
        return r;
    }

    private static void gen(Insn i, Resolver resolver, Map<String, Result> callees, Set<String> must,
            Set<String> may) {
        if (i instanceof Insn.Rmw r && r.op() == Insn.RmwOp.ADD) {
            Loc l = resolver.locOf(r.address());
            if (l.concrete()) {
                must.add(l.display());
                may.add(l.display());
            }
        } else if (i instanceof Insn.Call c) {
            String callee = resolver.functionOf(c.callee());
            Result r = callee == null ? null : callees.get(callee);
            if (r != null) {
                must.addAll(r.always());
                may.addAll(r.sometimes());
            }
        }
    }

    /** The completion a wait at {@code w} waits for, or null when it is not known statically. */
    public static String waitedFor(Insn.WaitDecrement w, Resolver resolver) {
        Loc l = resolver.locOf(w.address());
        return l.concrete() ? l.display() : null;
    }
}
