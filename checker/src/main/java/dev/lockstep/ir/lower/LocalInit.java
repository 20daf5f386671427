package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.Types;

/** A local's initializer as stores: given members and elements, and zero for the rest of an aggregate. */
final class LocalInit {

    private final LowerState s;
    private final ExprLowering exprs;
    private final InitShaper shaper;

    LocalInit(LowerState s, ExprLowering exprs) {
        this.s = s;
        this.exprs = exprs;
        this.shaper = new InitShaper(s.model, s.diagnostics);
    }

    void initialize(Lvalue place, Expr init, Span span) {
        InitTree tree = shaper.shape(place.type(), init);
        if (place instanceof Lvalue.InRegister) {
            if (tree instanceof InitTree.Leaf leaf) {
                exprs.places.write(place, scalar(leaf, span), span);
            }
            return;
        }
        emit(tree, ((Lvalue.InMemory) place).address(), span);
    }

    private void emit(InitTree tree, Value address, Span span) {
        CType type = tree.type();
        if (tree instanceof InitTree.Leaf leaf) {
            if (Types.isAggregate(type)) {
                new AggregateCopy(s).copy(address, exprs.rvalue(leaf.value()), type, span);
            } else {
                s.emit(new Insn.Store(address, scalar(leaf, span), Insn.Access.PLAIN, IntTypes.of(type), span));
            }
            return;
        }
        InitTree.Node node = (InitTree.Node) tree;
        for (String key : members(node)) {
            Value.Reg child = s.temp();
            if (key.startsWith("[")) {
                long index = Long.parseLong(key.substring(1, key.length() - 1));
                s.emit(new Insn.ElemAddr(child, address, new Value.Const(index), span));
            } else {
                s.emit(new Insn.FieldAddr(child, address, key, span));
            }
            InitTree given = node.children().get(key);
            if (given != null) {
                emit(given, child, span);
            } else {
                new AggregateCopy(s).zero(child, shaper.childType(type, key), span);
            }
        }
    }

    /** Every member or element; of a union only the one initialized (else the first). */
    private java.util.List<String> members(InitTree.Node node) {
        java.util.List<String> keys = shaper.keys(node.type());
        if (node.type().resolved() instanceof CType.Struct st
                && st.kind() == dev.lockstep.frontend.ast.TypeRef.StructKind.UNION && !keys.isEmpty()) {
            return keys.stream().filter(node.children()::containsKey).findFirst()
                    .map(java.util.List::of).orElse(java.util.List.of(keys.get(0)));
        }
        return keys;
    }

    private Value scalar(InitTree.Leaf leaf, Span span) {
        Value v = exprs.rvalue(leaf.value());
        CType from = s.model.bindings().hasType(leaf.value()) ? s.typeOf(leaf.value()) : Types.INT;
        return exprs.places.convert(v, from, leaf.type(), span);
    }
}
