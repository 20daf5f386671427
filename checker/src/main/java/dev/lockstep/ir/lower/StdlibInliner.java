package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.IntType;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the calls of the user's functions into the stdlib's functions in place, as the stdlib's
 * macros are: the guards of {@code linux/cleanup.h} are functions (a constructor, and a destructor
 * run at scope exit), and expanded they read as if the user had written the lock and the unlock at
 * the guard's line. Every expanded instruction carries the call's location; the lock operations
 * inside take the lock class of the pointer the call passes (a guard's constructor is given
 * {@code &d->lock}, its destructor the guard made from it). Calls nested in expanded code are
 * expanded too; a stdlib function that writes its own parameters, or calls itself, stays a call.
 */
final class StdlibInliner {

    /** Deeper nesting of stdlib calls than this stays as calls. */
    private static final int MAX_DEPTH = 8;

    private final Map<String, Function> functions;
    private final Map<String, IntType> returnTypes;

    /** {@code returnTypes}: the IR type of each function's result (absent for void functions). */
    StdlibInliner(Map<String, Function> functions, Map<String, IntType> returnTypes) {
        this.functions = functions;
        this.returnTypes = returnTypes;
    }

    /** The program's functions with the calls expanded, without the stdlib functions nothing refers to any more. */
    Map<String, Function> inline() {
        Map<String, Function> out = new LinkedHashMap<>();
        for (Function f : functions.values()) {
            out.put(f.name(), f.span().inStdlib() ? f : expand(f));
        }
        Set<String> kept = reachable(out);
        out.values().removeIf(f -> !kept.contains(f.name()));
        return out;
    }

    private boolean expandable(Function callee, int depth) {
        if (callee == null || !callee.span().inStdlib() || depth >= MAX_DEPTH) {
            return false;
        }
        Set<Integer> params = new HashSet<>();
        callee.params().forEach(p -> params.add(p.index()));
        for (BasicBlock b : callee.blocks()) {
            for (Insn i : b.insns()) {
                Value.Reg dst = i.destination();
                if (dst != null && params.contains(dst.index())) {
                    return false;
                }
                if (i instanceof Insn.Call c && c.callee() instanceof Value.FunctionRef r && r.name().equals(callee.name())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One function being rebuilt: its blocks so far (by index), registers and loop ids in use. */
    private static final class Body {
        final List<List<Insn>> insns = new ArrayList<>();
        final List<Terminator> terminators = new ArrayList<>();
        final List<Integer> depth = new ArrayList<>();
        int registers;
        int loops;

        int add(List<Insn> code, Terminator end, int nesting) {
            insns.add(code);
            terminators.add(end);
            depth.add(nesting);
            return insns.size() - 1;
        }
    }

    private Function expand(Function f) {
        Body body = new Body();
        body.registers = f.registerCount();
        body.loops = loopCount(f);
        for (BasicBlock b : f.blocks()) {
            body.add(new ArrayList<>(b.insns()), b.terminator(), 0);
        }
        boolean changed = false;
        for (int b = 0; b < body.insns.size(); b++) {
            List<Insn> code = body.insns.get(b);
            for (int k = 0; k < code.size(); k++) {
                if (code.get(k) instanceof Insn.Call c && c.callee() instanceof Value.FunctionRef r
                        && expandable(functions.get(r.name()), body.depth.get(b))) {
                    splice(body, b, k, c, functions.get(r.name()));
                    changed = true;
                    break;
                }
            }
        }
        if (!changed) {
            return f;
        }
        List<BasicBlock> blocks = new ArrayList<>();
        for (int i = 0; i < body.insns.size(); i++) {
            blocks.add(new BasicBlock(i, List.copyOf(body.insns.get(i)), body.terminators.get(i)));
        }
        return new Function(f.name(), f.params(), body.registers, blocks, f.contract(), f.span());
    }

    /** Replaces the call at {@code body[b][k]} by {@code callee}'s blocks; the rest of block b moves to a new block. */
    private void splice(Body body, int b, int k, Insn.Call call, Function callee) {
        List<Insn> code = body.insns.get(b);
        int nesting = body.depth.get(b) + 1;
        int rest = body.add(new ArrayList<>(code.subList(k + 1, code.size())), body.terminators.get(b), body.depth.get(b));
        code.subList(k, code.size()).clear();
        int base = body.insns.size();
        int regBase = body.registers;
        body.registers += callee.registerCount();
        int loopBase = body.loops;
        body.loops += loopCount(callee);
        body.terminators.set(b, new Terminator.Jump(base, call.span()));
        int params = callee.params().size();
        InsnRewriter rw = new InsnRewriter(
                v -> v instanceof Value.Reg r ? (r.index() < params && r.index() < call.args().size()
                        ? call.args().get(r.index()) : new Value.Reg(regBase + r.index(), r.name())) : v,
                r -> new Value.Reg(regBase + r.index(), r.name()),
                i -> base + i, loopBase, call.span(), lockClassOf(call));
        for (BasicBlock cb : callee.blocks()) {
            body.add(new ArrayList<>(), null, nesting);
        }
        for (BasicBlock cb : callee.blocks()) {
            List<Insn> copied = body.insns.get(base + cb.index());
            for (Insn i : cb.insns()) {
                copied.add(renamed(rw.insn(i), call, params));
            }
            if (cb.terminator() instanceof Terminator.Return ret) {
                IntType type = returnTypes.get(callee.name());
                if (call.dst() != null && ret.value() != null && type != null) {
                    Value v = ret.value() instanceof Value.Reg r && r.index() < params && r.index() < call.args().size()
                            ? call.args().get(r.index())
                            : ret.value() instanceof Value.Reg r ? new Value.Reg(regBase + r.index(), r.name()) : ret.value();
                    copied.add(new Insn.Compute(call.dst(), Insn.Op.MOVE, List.of(v), type, call.span()));
                }
                body.terminators.set(base + cb.index(), new Terminator.Jump(rest, call.span()));
            } else {
                body.terminators.set(base + cb.index(), rw.terminator(cb.terminator()));
            }
        }
    }

    /**
     * An expanded instruction with what is local to the expansion kept apart: its local objects
     * named after the call site, and the lock classes of nested calls' arguments that are the
     * callee's parameters taken from this call.
     */
    private static Insn renamed(Insn i, Insn.Call call, int params) {
        if (i instanceof Insn.LocalObject o) {
            Span at = call.span();
            return new Insn.LocalObject(o.dst(), o.name() + "@" + at.line(), o.span());
        }
        if (i instanceof Insn.Call c) {
            List<String> classes = new ArrayList<>();
            boolean substituted = false;
            for (int a = 0; a < c.args().size(); a++) {
                String cls = c.argClass(a);
                for (int p = 0; p < params; p++) {
                    if (p < call.args().size() && c.args().get(a).equals(call.args().get(p)) && call.argClass(p) != null) {
                        cls = call.argClass(p);
                        substituted = true;
                    }
                }
                classes.add(cls);
            }
            return substituted ? new Insn.Call(c.dst(), c.callee(), c.args(), classes, c.span()) : c;
        }
        return i;
    }

    /** The class of the one lock-naming pointer the call passes, or null (none, or several). */
    private static String lockClassOf(Insn.Call call) {
        String found = null;
        for (String c : call.argClasses()) {
            if (c != null) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private static int loopCount(Function f) {
        int max = 0;
        for (BasicBlock b : f.blocks()) {
            if (b.terminator() instanceof Terminator.LoopBack l) {
                max = Math.max(max, l.loopId() + 1);
            }
        }
        return max;
    }

    /** The user's functions and the stdlib functions they still call or name, transitively. */
    private static Set<String> reachable(Map<String, Function> fs) {
        Set<String> out = new HashSet<>();
        java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>();
        fs.values().stream().filter(f -> !f.span().inStdlib()).forEach(f -> work.add(f.name()));
        while (!work.isEmpty()) {
            Function f = fs.get(work.poll());
            if (f == null || !out.add(f.name())) {
                continue;
            }
            for (BasicBlock b : f.blocks()) {
                for (Insn i : b.insns()) {
                    for (Value v : operands(i)) {
                        if (v instanceof Value.FunctionRef r) {
                            work.add(r.name());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Value> operands(Insn i) {
        if (i instanceof Insn.Call c) {
            List<Value> out = new ArrayList<>(c.args());
            out.add(c.callee());
            return out;
        } else if (i instanceof Insn.Compute c) {
            return c.args();
        } else if (i instanceof Insn.Store s) {
            return List.of(s.value());
        } else if (i instanceof Insn.Spawn s) {
            return List.of(s.function());
        } else if (i instanceof Insn.Register r) {
            return List.of(r.function());
        }
        return List.of();
    }
}
