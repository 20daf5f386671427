package dev.lockstep.ir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Readable text of a {@link Program}, for debugging and tests: globals with their initial values,
 * then each function's blocks, one instruction a line ({@code %3(x) = load.plain i32 @g}).
 */
public final class IrPrinter {

    private IrPrinter() {
    }

    public static String print(Program program) {
        StringBuilder out = new StringBuilder();
        for (Program.Global g : program.globals()) {
            out.append("global ").append(g.type()).append(" @").append(g.name());
            if (!(g.init() instanceof Program.Init.Zero)) {
                out.append(" = ").append(init(g.init()));
            }
            out.append('\n');
        }
        for (Function f : program.functions().values()) {
            out.append('\n').append(print(f));
        }
        return out.toString();
    }

    public static String print(Function f) {
        StringBuilder out = new StringBuilder();
        out.append("function ").append(f.name()).append('(')
                .append(f.params().stream().map(Value.Reg::toString).collect(Collectors.joining(", "))).append(')');
        Contract c = f.contract();
        if (!c.equals(Contract.NONE)) {
            out.append(' ').append(contract(c));
        }
        out.append(" {\n");
        for (BasicBlock b : f.blocks()) {
            out.append("b").append(b.index()).append(":\n");
            for (Insn i : b.insns()) {
                out.append("  ").append(insn(i)).append('\n');
            }
            out.append("  ").append(terminator(b.terminator())).append('\n');
        }
        return out.append("}\n").toString();
    }

    static String contract(Contract c) {
        StringBuilder out = new StringBuilder("[");
        List<String> parts = new java.util.ArrayList<>();
        for (Contract.EntryPoint e : c.entries()) {
            parts.add("entry " + e.kind().name().toLowerCase(java.util.Locale.ROOT) + "(cpu=" + e.cpu()
                    + ", instances=" + e.instances() + ", times=" + e.times() + ")");
        }
        c.acquires().forEach(l -> parts.add("acquires " + l));
        c.releases().forEach(l -> parts.add("releases " + l));
        c.mustHold().forEach(l -> parts.add("must_hold " + l));
        if (c.mightSleep()) {
            parts.add("might_sleep");
        }
        return out.append(String.join("; ", parts)).append(']').toString();
    }

    static String init(Program.Init init) {
        if (init instanceof Program.Init.Scalar s) {
            return Long.toString(s.value());
        }
        if (init instanceof Program.Init.Address a) {
            return a.target() + a.path().stream().map(p -> p.startsWith("[") ? p : "." + p).collect(Collectors.joining());
        }
        if (init instanceof Program.Init.Aggregate a) {
            return a.members().entrySet().stream().map(e -> (e.getKey().startsWith("[") ? e.getKey() : "." + e.getKey())
                    + " = " + init(e.getValue())).collect(Collectors.joining(", ", "{ ", " }"));
        }
        return "0";
    }

    private static String type(IntType t) {
        return (t.signed() ? "i" : "u") + t.bits();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String args(List<Value> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String insn(Insn i) {
        return InsnText.of(i);
    }

    static String terminator(Terminator t) {
        if (t instanceof Terminator.Jump j) {
            return "jump b" + j.target();
        }
        if (t instanceof Terminator.Branch b) {
            return "branch " + b.condition() + " ? b" + b.ifTrue() + " : b" + b.ifFalse();
        }
        if (t instanceof Terminator.Return r) {
            return r.value() == null ? "return" : "return " + r.value();
        }
        if (t instanceof Terminator.LoopBack l) {
            return "loopback b" + l.target() + " loop" + l.loopId();
        }
        return "unreachable";
    }

    /** The text of one instruction. */
    static final class InsnText {
        private InsnText() {
        }

        static String of(Insn i) {
            if (i instanceof Insn.Compute c) {
                return c.dst() + " = " + lower(c.op()) + " " + type(c.type()) + " " + args(c.args());
            }
            if (i instanceof Insn.FieldAddr f) {
                return f.dst() + " = fieldaddr " + f.base() + "." + f.field();
            }
            if (i instanceof Insn.ElemAddr e) {
                return e.dst() + " = elemaddr " + e.base() + "[" + e.index() + "]";
            }
            if (i instanceof Insn.ContainerOf c) {
                return c.dst() + " = container_of " + c.pointer() + " ." + c.member();
            }
            if (i instanceof Insn.LocalObject l) {
                return l.dst() + " = local_object " + l.name();
            }
            if (i instanceof Insn.Load l) {
                return l.dst() + " = load." + lower(l.access()) + " " + type(l.type()) + " " + l.address();
            }
            if (i instanceof Insn.Store s) {
                return "store." + lower(s.access()) + " " + type(s.type()) + " " + s.address() + ", " + s.value();
            }
            if (i instanceof Insn.Rmw r) {
                return r.dst() + " = rmw." + lower(r.op()) + "." + lower(r.ordering()) + " " + type(r.type()) + " "
                        + r.address() + ", " + r.operand() + (r.expected() == null ? "" : ", expected " + r.expected());
            }
            if (i instanceof Insn.Fence f) {
                return "fence " + lower(f.kind());
            }
            return locks(i);
        }

        private static String locks(Insn i) {
            if (i instanceof Insn.Acquire a) {
                return (a.success() == null ? "" : a.success() + " = ") + "acquire." + lower(a.kind()) + "."
                        + lower(a.mode()) + "." + lower(a.attempt()) + " " + a.lock() + " <" + a.lockClass() + ">"
                        + (a.subclass() == 0 ? "" : " subclass " + a.subclass());
            }
            if (i instanceof Insn.Release r) {
                return "release." + lower(r.kind()) + "." + lower(r.mode()) + " " + r.lock() + " <" + r.lockClass() + ">";
            }
            if (i instanceof Insn.Downgrade d) {
                return "downgrade." + lower(d.kind()) + " " + d.lock() + " <" + d.lockClass() + ">";
            }
            if (i instanceof Insn.AssertHeld a) {
                return "assert_held " + a.lock() + " <" + a.lockClass() + ">";
            }
            if (i instanceof Insn.ContextOp c) {
                return "context " + lower(c.change());
            }
            if (i instanceof Insn.IrqSave s) {
                return s.dst() + " = irq_save";
            }
            if (i instanceof Insn.IrqRestore r) {
                return "irq_restore " + r.flags();
            }
            return rest(i);
        }

        private static String rest(Insn i) {
            if (i instanceof Insn.MightSleep m) {
                return "might_sleep \"" + m.what() + "\"";
            }
            if (i instanceof Insn.SynchronizeRcu) {
                return "synchronize_rcu";
            }
            if (i instanceof Insn.Alloc a) {
                return a.dst() + " = alloc";
            }
            if (i instanceof Insn.Free f) {
                return "free." + lower(f.kind()) + " " + f.pointer();
            }
            if (i instanceof Insn.WaitDecrement w) {
                return "wait_dec " + w.address();
            }
            if (i instanceof Insn.Await a) {
                return "await " + a.condition();
            }
            if (i instanceof Insn.Assume a) {
                return "assume " + a.condition();
            }
            if (i instanceof Insn.Assert a) {
                return "assert " + a.condition() + " \"" + a.what() + "\"";
            }
            if (i instanceof Insn.AssertIrqsDisabled) {
                return "assert_irqs_disabled";
            }
            if (i instanceof Insn.IsHeld h) {
                return h.dst() + " = is_held " + h.lock() + " <" + h.lockClass() + ">";
            }
            if (i instanceof Insn.IrqsDisabled d) {
                return d.dst() + " = irqs_disabled";
            }
            if (i instanceof Insn.CpuId c) {
                return c.dst() + " = cpu_id." + lower(c.use()) + " \"" + c.what() + "\"";
            }
            if (i instanceof Insn.RcuCheck r) {
                return "rcu_check " + r.protectedBy();
            }
            if (i instanceof Insn.Call c) {
                return (c.dst() == null ? "" : c.dst() + " = ") + "call " + c.callee() + "(" + args(c.args()) + ")";
            }
            if (i instanceof Insn.Spawn s) {
                return "spawn " + s.function() + "(" + s.arg() + ") name " + s.name();
            }
            Insn.Register r = (Insn.Register) i;
            return "register " + lower(r.context()) + " " + r.function() + "(" + r.arg() + ")";
        }
    }
}
