package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Expr;
import java.util.List;
import java.util.Optional;

/**
 * Ops tables: a global initialised with a brace initializer ({@code static const struct
 * file_operations fops = { .read = my_read };}) whose members carry a context annotation in their
 * struct's definition makes each function it stores there an entry point of that context. Nested
 * initializers and arrays of such structs are followed; positional items fill members in order.
 * An assignment in a function body ({@code dev->open = inport_open;}, as drivers fill a struct
 * input_dev before registering it) makes the function an entry point of the member's context too,
 * whether or not the assigning code runs in a scenario.
 */
final class OpsTables {

    private final Analysis analysis;
    private final StaticEntries entries;

    OpsTables(Analysis analysis, StaticEntries entries) {
        this.analysis = analysis;
        this.entries = entries;
    }

    /** The entries every global's initializer gives, in source order, into {@code out}. */
    void collect(List<EntryOrigin> out) {
        for (GlobalInfo g : analysis.globals().values()) {
            if (g.init() instanceof Expr.InitList list) {
                walk(g.type(), list, g.name(), out);
            }
        }
        for (MemberSlots.Assignment a : analysis.memberSlots().assignments()) {
            analysis.types().struct(a.structTag()).flatMap(def -> def.members().stream()
                    .filter(m -> m.name().equals(a.member()) && m.context() != null).findFirst())
                    .flatMap(m -> entries.spec(m.context()))
                    .ifPresent(spec -> out.add(new EntryOrigin(a.function(), spec, EntryOrigin.Binding.STATIC,
                            "struct " + a.structTag() + "::" + a.member(), a.span())));
        }
    }

    private void walk(CType type, Expr.InitList list, String path, List<EntryOrigin> out) {
        CType t = type.resolved();
        if (t instanceof CType.Array a) {
            for (Expr.InitItem item : list.items()) {
                if (item.value() instanceof Expr.InitList inner) {
                    walk(a.element(), inner, path + "[]", out);
                }
            }
            return;
        }
        if (!(t instanceof CType.Struct s)) {
            return;
        }
        Optional<StructDef> def = analysis.types().struct(s.tag());
        if (def.isEmpty()) {
            return;
        }
        List<StructDef.Member> members = def.get().members();
        int next = 0;
        for (Expr.InitItem item : list.items()) {
            StructDef.Member member = null;
            if (item.designators().isEmpty()) {
                member = next < members.size() ? members.get(next) : null;
                next++;
            } else if (item.designators().get(0) instanceof Expr.Designator.Field f) {
                Optional<List<StructDef.Member>> found = analysis.types().memberPath(t, f.name());
                if (found.isPresent()) {
                    List<StructDef.Member> chain = found.get();
                    member = chain.get(chain.size() - 1);
                    next = members.indexOf(chain.get(0)) + 1;
                }
                if (item.designators().size() > 1) {
                    continue;
                }
            }
            if (member == null) {
                continue;
            }
            String where = path + "." + member.name();
            if (item.value() instanceof Expr.InitList inner) {
                walk(member.type(), inner, where, out);
            } else {
                Optional<String> fn = storedFunction(item.value());
                String slot = member.name();
                fn.ifPresent(f -> analysis.memberSlots().store(s.tag(), slot, f));
                if (member.context() == null) {
                    continue;
                }
                Optional<EntrySpec> spec = entries.spec(member.context());
                if (fn.isPresent() && spec.isPresent()) {
                    out.add(new EntryOrigin(fn.get(), spec.get(), EntryOrigin.Binding.STATIC,
                            "struct " + s.tag() + " " + where, item.span()));
                }
            }
        }
    }

    /** The function an initializer value names ({@code f}, {@code &f}, a cast of either), if any. */
    private Optional<String> storedFunction(Expr value) {
        Expr v = CallFacts.stripCasts(value);
        if (v instanceof Expr.Unary u && u.op().equals("&")) {
            v = CallFacts.stripCasts(u.operand());
        }
        if (v instanceof Expr.Name n && analysis.bindings().symbolOf(n) instanceof Symbol.Function f
                && analysis.functions().get(f.name()) != null && analysis.functions().get(f.name()).isDefined()) {
            return Optional.of(f.name());
        }
        return Optional.empty();
    }
}
