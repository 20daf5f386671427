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
 * every assignment agrees; an assignment of NULL says nothing of where a pointer points), the function a function-pointer register names, and how each register
 * is defined (for {@code irqrestore} flags). A pointer read back from a member of a local object
 * is what every store of a nonzero value there wrote, when they all agree (a guard variable of {@code linux/cleanup.h}
 * holds the lock it took); a call of a function that returns one of its parameters gives that
 * argument back.
 */
public final class Resolver {

    private final Function function;
    /** The resolvers of the other functions of the program, by name (for the parameters they return). */
    private final Map<String, Resolver> program;
    private final Map<Integer, List<Insn>> defs = new HashMap<>();
    private final Map<Integer, Loc> locCache = new HashMap<>();
    private final Set<Integer> resolving = new HashSet<>();
    private final Map<Loc, Loc> contentsCache = new HashMap<>();
    private final Set<Loc> contentsResolving = new HashSet<>();
    private Integer returnedParam;
    private boolean returnedParamKnown;
    private boolean returnedParamResolving;

    public Resolver(Function function) {
        this(function, Map.of());
    }

    /** {@code program} may be filled after construction: it is read only when addresses are resolved. */
    public Resolver(Function function, Map<String, Resolver> program) {
        this.function = function;
        this.program = program;
        for (BasicBlock b : function.blocks()) {
            for (Insn i : b.insns()) {
                Value.Reg dst = i.destination();
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
            if (d instanceof Insn.Compute c && c.op() == Insn.Op.MOVE && c.args().size() == 1 && isZero(c.args().get(0))
                    && ds.size() > 1) {
                continue;
            }
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
            Loc at = locOf(l.address());
            Loc stored = contents(at);
            return stored != null ? stored : at.deref();
        }
        if (d instanceof Insn.Call c) {
            String callee = functionOf(c.callee());
            Resolver r = callee == null ? null : program.get(callee);
            Integer k = r == null ? null : r.returnedParam();
            if (k != null) {
                return k < c.args().size() ? locOf(c.args().get(k)) : Loc.UNKNOWN;
            }
            return Loc.UNKNOWN;
        }
        if (d instanceof Insn.Compute c && c.op() == Insn.Op.MOVE && c.args().size() == 1) {
            return locOf(c.args().get(0));
        }
        return Loc.UNKNOWN;
    }

    /**
     * What the local object member at {@code at} holds, when every store to it in this function
     * writes the same known address; else null. Only members of this function's own local
     * objects have contents known this way.
     */
    public Loc contents(Loc at) {
        if (!(at.root() instanceof Loc.Root.Fresh f)) {
            return null;
        }
        if (!isLocalObject(f.site())) {
            return null;
        }
        if (contentsCache.containsKey(at)) {
            return contentsCache.get(at);
        }
        if (!contentsResolving.add(at)) {
            return null;
        }
        Loc result = null;
        boolean agree = true;
        for (BasicBlock b : function.blocks()) {
            for (Insn i : b.insns()) {
                if (i instanceof Insn.Store st && !isZero(st.value()) && locOf(st.address()).equals(at)) {
                    Loc v = locOf(st.value());
                    agree &= v.known() && (result == null || result.equals(v));
                    result = v;
                }
            }
        }
        contentsResolving.remove(at);
        Loc out = agree ? result : null;
        contentsCache.put(at, out);
        return out;
    }

    /**
     * Whether {@code address} is inside a local object of this function: no other context sees
     * it, so what a path stores there is what it reads back.
     */
    public boolean isPrivate(Value address) {
        Loc at = locOf(address);
        return at.root() instanceof Loc.Root.Fresh f && isLocalObject(f.site());
    }

    /** A store of NULL or 0 (a member initialised to nothing before it is set) says nothing of what it points to. */
    private static boolean isZero(Value v) {
        return v != null && v instanceof Value.Null || v instanceof Value.Const c && c.value() == 0;
    }

    private boolean isLocalObject(String name) {
        for (BasicBlock b : function.blocks()) {
            for (Insn i : b.insns()) {
                if (i instanceof Insn.LocalObject o && o.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code loc} (a callee's address substituted with this function's arguments) with each pointer
     * read from a local object of this function replaced by what was stored there.
     */
    public Loc normalize(Loc loc) {
        if (!(loc.root() instanceof Loc.Root.Deref d)) {
            return loc;
        }
        Loc source = normalize(d.source());
        Loc stored = contents(source);
        Loc base = stored != null ? stored : source.deref();
        Loc out = base;
        for (String step : loc.path()) {
            out = out.field(step);
        }
        return out;
    }

    /**
     * The index of the parameter every {@code return} of this function returns unchanged (or NULL
     * instead: a conditional guard's constructor), or null.
     */
    public Integer returnedParam() {
        if (returnedParamKnown || returnedParamResolving) {
            return returnedParam;
        }
        returnedParamResolving = true;
        Integer found = null;
        boolean all = true;
        for (BasicBlock b : function.blocks()) {
            if (b.terminator() instanceof dev.lockstep.ir.Terminator.Return r && !isZero(r.value())) {
                Loc l = r.value() == null ? Loc.UNKNOWN : locOf(r.value());
                if (l.root() instanceof Loc.Root.Param p && l.path().isEmpty() && (found == null || found == p.index())) {
                    found = p.index();
                } else {
                    all = false;
                }
            }
        }
        returnedParamResolving = false;
        returnedParam = all ? found : null;
        returnedParamKnown = true;
        return returnedParam;
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
