package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.Facts;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.analysis.state.LockRef;
import dev.lockstep.analysis.state.PathState;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dataflow of one function: iterate the blocks to a fixpoint over bounded sets of path
 * states, then walk every block once more from its final states, recording observations and the
 * function's summary.
 */
public final class FunctionFlow {

    /** What one function's analysis yields. */
    public record Result(Summary summary, List<Observation> observations) {}

    private final FlowEnv env;
    private final Transfer transfer;
    private final ExitCheck exits;
    private final StateSet[] in;
    private final java.util.Set<Integer> crossBlock;

    public FunctionFlow(FlowEnv env) {
        this.crossBlock = new BlockLocalRegisters(env.function()).crossBlock();
        this.env = env;
        this.transfer = new Transfer(env);
        this.exits = new ExitCheck(env);
        this.in = new StateSet[env.function().blocks().size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = new StateSet();
        }
    }

    public Result run() {
        if (in.length == 0) {
            return new Result(Summary.IDENTITY, List.of());
        }
        in[0].add(PathState.entry(entryHolds()));
        TreeSet<Integer> work = new TreeSet<>();
        work.add(0);
        while (!work.isEmpty()) {
            int b = work.pollFirst();
            BasicBlock block = env.function().blocks().get(b);
            List<PathState> out = runInsns(block, in[b].states(), Recorder.DISCARD, null);
            for (PathState s : out) {
                for (Edge e : successors(block.terminator(), s)) {
                    PathState st = e.state().withFacts(e.state().facts().retain(crossBlock));
                    if (in[e.target()].add(st)) {
                        work.add(e.target());
                    }
                }
            }
        }
        return finalPass();
    }

    private List<Held> entryHolds() {
        List<Held> held = new ArrayList<>();
        var contract = env.function().contract();
        List<String> classes = new ArrayList<>(contract.releases());
        classes.addAll(contract.mustHold());
        for (String c : classes) {
            held.add(new Held(LockRef.ofClass(c), Insn.LockKind.SPINLOCK, Insn.LockMode.EXCLUSIVE, 0,
                    env.function().span(), List.of(), Held.Origin.ON_ENTRY));
        }
        return held;
    }

    private Result finalPass() {
        CollectingRecorder rec = new CollectingRecorder();
        rec.beginPoint(1);
        rec.state(0);
        transfer.declaredSleep(PathState.entry(entryHolds()), rec);
        rec.endPoint();
        Map<Terminator.Return, List<PathState>> returns = new LinkedHashMap<>();
        for (BasicBlock block : env.function().blocks()) {
            StateSet set = in[block.index()];
            if (set.isEmpty()) {
                continue;
            }
            List<PathState> out = runInsns(block, set.states(), rec, rec);
            if (block.terminator() instanceof Terminator.Return r) {
                returns.put(r, out);
            }
        }
        List<Summary.Exit> all = new ArrayList<>();
        returns.forEach((r, states) -> states.forEach(s -> all.add(exits.rawExit(r, s))));
        java.util.Set<String> conditional = ExitCheck.conditionallyHeld(all);
        Map<Object, Summary.Exit> exitEffects = new LinkedHashMap<>();
        returns.forEach((r, states) -> {
            rec.beginPoint(states.size());
            for (int i = 0; i < states.size(); i++) {
                rec.state(i);
                exits.check(r, states.get(i), conditional, rec);
                Summary.Exit e = exits.exit(r, states.get(i), conditional);
                exitEffects.putIfAbsent(e, e);
            }
            rec.endPoint();
        });
        return new Result(rec.summary(ExitCheck.bound(new ArrayList<>(exitEffects.values()))), rec.observations());
    }

    private List<PathState> runInsns(BasicBlock block, List<PathState> states, Recorder rec,
            CollectingRecorder points) {
        List<PathState> cur = states;
        for (Insn insn : block.insns()) {
            if (points == null && cur.size() == 1) {
                List<PathState> one = transfer.apply(insn, cur.get(0), rec);
                if (one.size() == 1) {
                    cur = one;
                    continue;
                }
            }
            Map<PathState.Key, PathState> next = new LinkedHashMap<>();
            if (points != null) {
                points.beginPoint(cur.size());
            }
            for (int i = 0; i < cur.size(); i++) {
                if (points != null) {
                    points.state(i);
                }
                for (PathState s : transfer.apply(insn, cur.get(i), rec)) {
                    PathState old = next.get(s.key());
                    next.put(s.key(), old == null ? s : old.withFacts(old.facts().intersect(s.facts())));
                }
            }
            if (points != null) {
                points.endPoint();
            }
            cur = new ArrayList<>(next.values());
        }
        return cur;
    }

    private record Edge(int target, PathState state) {}

    private static List<Edge> successors(Terminator t, PathState s) {
        if (t instanceof Terminator.Branch b) {
            return branch(b, s);
        }
        List<Edge> out = new ArrayList<>();
        for (int target : t.successors()) {
            out.add(new Edge(target, s));
        }
        return out;
    }

    private static List<Edge> branch(Terminator.Branch b, PathState s) {
        Value c = b.condition();
        Long k = Transfer.constant(c, s.facts());
        if (k != null) {
            return List.of(new Edge(k != 0 ? b.ifTrue() : b.ifFalse(), s));
        }
        if (!(c instanceof Value.Reg r)) {
            return List.of(new Edge(b.ifTrue(), s), new Edge(b.ifFalse(), s));
        }
        List<Edge> out = new ArrayList<>();
        Facts t = s.facts().assume(r.index(), Facts.Outcome.NON_ZERO);
        if (t != null) {
            out.add(new Edge(b.ifTrue(), s.withFacts(t)));
        }
        Facts f = s.facts().assume(r.index(), Facts.Outcome.ZERO);
        if (f != null) {
            out.add(new Edge(b.ifFalse(), s.withFacts(f)));
        }
        return out;
    }
}
