package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.StructDef;
import dev.lockstep.sema.Types;

/** Struct and array assignment and zero-filling, as plain loads and stores of every scalar leaf. */
final class AggregateCopy {

    private final LowerState s;

    AggregateCopy(LowerState s) {
        this.s = s;
    }

    /** {@code *to = *from} for an aggregate {@code type}. */
    void copy(Value to, Value from, CType type, Span span) {
        CType r = type.resolved();
        if (r instanceof CType.Struct st) {
            for (StructDef.Member m : members(st)) {
                copy(field(to, m, span), field(from, m, span), m.type(), span);
            }
        } else if (r instanceof CType.Array a) {
            for (long i = 0; i < a.length(); i++) {
                copy(elem(to, i, span), elem(from, i, span), a.element(), span);
            }
        } else {
            Value.Reg v = s.temp();
            s.emit(new Insn.Load(v, from, Insn.Access.PLAIN, IntTypes.of(type), span));
            s.emit(new Insn.Store(to, v, Insn.Access.PLAIN, IntTypes.of(type), span));
        }
    }

    /** Stores zero into every scalar leaf of {@code *to}. */
    void zero(Value to, CType type, Span span) {
        CType r = type.resolved();
        if (r instanceof CType.Struct st) {
            for (StructDef.Member m : members(st)) {
                zero(field(to, m, span), m.type(), span);
            }
        } else if (r instanceof CType.Array a) {
            for (long i = 0; i < a.length(); i++) {
                zero(elem(to, i, span), a.element(), span);
            }
        } else {
            Value zero = Types.isPointer(type) ? new Value.Null() : new Value.Const(0);
            s.emit(new Insn.Store(to, zero, Insn.Access.PLAIN, IntTypes.of(type), span));
        }
    }

    private java.util.List<StructDef.Member> members(CType.Struct st) {
        java.util.List<StructDef.Member> named = new java.util.ArrayList<>();
        for (StructDef.Member m : s.model.types().struct(st.tag()).map(StructDef::members).orElse(java.util.List.of())) {
            if (m.name() != null) {
                named.add(m);
            } else if (m.type().resolved() instanceof CType.Struct inner) {
                named.addAll(members(inner));
            }
        }
        if (st.kind() == dev.lockstep.frontend.ast.TypeRef.StructKind.UNION && !named.isEmpty()) {
            return java.util.List.of(named.get(0));
        }
        return named;
    }

    private Value field(Value base, StructDef.Member m, Span span) {
        Value.Reg r = s.temp();
        s.emit(new Insn.FieldAddr(r, base, m.name(), span));
        return r;
    }

    private Value elem(Value base, long i, Span span) {
        Value.Reg r = s.temp();
        s.emit(new Insn.ElemAddr(r, base, new Value.Const(i), span));
        return r;
    }
}
