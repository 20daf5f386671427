package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.state.Loc;
import dev.lockstep.ir.BasicBlock;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flow-insensitive facts about a function's registers: the symbolic address each one holds (when
 * every assignment agrees), the function a function-pointer register names, and how each register
 * is defined (for {@code irqrestore} flags).
 */
public final class Resolver {

    private final Function function;
    private final Map<Integer, List<Insn>> defs = new HashMap<>();
    private final Map<Integer, Loc> locCache = new HashMap<>();
    private final Set<Integer> resolving = new HashSet<>();

    public Resolver(Function function) {
        this.function = function;
        for (BasicBlock b : function.blocks()) {
            for (Insn i : b.insns()) {
                Value.Reg dst = Defs.destination(i);
                if (dst != null) {
                    defs.computeIfAbsent(dst.index(), k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    public Function function() {
        return function;
    }

    public boolean isParam(int register) {
        return register < function.params().size();
    }

    public List<Insn> definitions(int register) {
        return defs.getOrDefault(register, List.of());
    }

    public Loc locOf(Value v) {
        if (v instanceof Value.Global g) {
            return Loc.global(g.name());
        }
        if (v instanceof Value.Reg r) {
            Loc cached = locCache.get(r.index());
            if (cached != null) {
                return cached;
            }
            if (!resolving.add(r.index())) {
                return Loc.UNKNOWN;
            }
            Loc l = resolveRegister(r);
            resolving.remove(r.index());
            locCache.put(r.index(), l);
            return l;
        }
        return Loc.UNKNOWN;
    }

    private Loc resolveRegister(Value.Reg r) {
        List<Insn> ds = definitions(r.index());
        Loc result = null;
        if (isParam(r.index())) {
            result = Loc.param(r.index(), function.params().get(r.index()).name());
        }
        for (Insn d : ds) {
            Loc l = locOfDefinition(d);
            if (result != null && !result.equals(l)) {
                return Loc.UNKNOWN;
            }
            result = l;
        }
        return result == null ? Loc.UNKNOWN : result;
    }

    private Loc locOfDefinition(Insn d) {
        if (d instanceof Insn.FieldAddr f) {
            Loc base = locOf(f.base());
            return base.known() ? base.field(f.field()) : Loc.UNKNOWN;
        }
        if (d instanceof Insn.ElemAddr e) {
            Loc base = locOf(e.base());
            if (base.known() && e.index() instanceof Value.Const c) {
                return base.field("[" + c.value() + "]");
            }
            return Loc.UNKNOWN;
        }
        if (d instanceof Insn.ContainerOf c) {
            Loc p = locOf(c.pointer());
            return p.known() ? p.field(Loc.container(c.member())) : Loc.UNKNOWN;
        }
        if (d instanceof Insn.LocalObject o) {
            return new Loc(new Loc.Root.Fresh(o.name()), List.of());
        }
        if (d instanceof Insn.Alloc a) {
            return new Loc(new Loc.Root.Fresh("object allocated at line " + a.span().line()), List.of());
        }
        if (d instanceof Insn.Load l) {
            return locOf(l.address()).deref();
        }
        if (d instanceof Insn.Compute c && c.op() == Insn.Op.MOVE && c.args().size() == 1) {
            return locOf(c.args().get(0));
        }
        return Loc.UNKNOWN;
    }

    /** The function {@code callee} names, or null when it is not known statically. */
    public String functionOf(Value callee) {
        return functionOf(callee, new HashSet<>());
    }

    private String functionOf(Value callee, Set<Integer> seen) {
        if (callee instanceof Value.FunctionRef f) {
            return f.name();
        }
        if (callee instanceof Value.Reg r && seen.add(r.index())) {
            String found = null;
            for (Insn d : definitions(r.index())) {
                String n = d instanceof Insn.Compute c && c.op() == Insn.Op.MOVE && c.args().size() == 1
                        ? functionOf(c.args().get(0), seen) : null;
                if (n == null || (found != null && !found.equals(n))) {
                    return null;
                }
                found = n;
            }
            return found;
        }
        return null;
    }
}
