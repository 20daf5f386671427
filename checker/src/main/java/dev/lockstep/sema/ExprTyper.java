package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Expr;
import java.util.List;
import java.util.Optional;

/**
 * Types every expression of a function body, resolves its identifiers and records what the
 * context analysis needs (calls, registrations, function pointers passed on).
 */
final class ExprTyper {

    private final Analysis analysis;
    private final FunctionState fn;
    private final BodyResolver body;
    private final CallFacts calls;

    ExprTyper(Analysis analysis, FunctionState fn, BodyResolver body) {
        this.analysis = analysis;
        this.fn = fn;
        this.body = body;
        this.calls = new CallFacts(analysis, fn, this);
    }

    Scope scope() {
        return fn.scope();
    }

    CType type(Expr expr) {
        CType t = compute(expr);
        analysis.bindings().type(expr, t);
        return t;
    }

    private CType compute(Expr expr) {
        if (expr instanceof Expr.IntLit i) {
            return IntLiterals.type(i);
        }
        if (expr instanceof Expr.CharLit) {
            return Types.INT;
        }
        if (expr instanceof Expr.StringLit) {
            return Types.CHAR_PTR;
        }
        if (expr instanceof Expr.Name n) {
            return name(n, Use.READ);
        }
        if (expr instanceof Expr.Unary u) {
            return unary(u);
        }
        if (expr instanceof Expr.Postfix p) {
            return type(p.operand());
        }
        if (expr instanceof Expr.Binary b) {
            return binary(b);
        }
        if (expr instanceof Expr.Assign a) {
            return assign(a);
        }
        if (expr instanceof Expr.Conditional c) {
            return conditional(c);
        }
        if (expr instanceof Expr.Call c) {
            return calls.call(c);
        }
        if (expr instanceof Expr.Index i) {
            return index(i);
        }
        if (expr instanceof Expr.Member m) {
            return member(m);
        }
        return compound(expr);
    }

    private CType compound(Expr expr) {
        if (expr instanceof Expr.Cast c) {
            return cast(c);
        }
        if (expr instanceof Expr.SizeofType s) {
            return sizeofType(s);
        }
        if (expr instanceof Expr.SizeofExpr s) {
            return sizeofExpr(s);
        }
        if (expr instanceof Expr.Comma c) {
            return comma(c);
        }
        if (expr instanceof Expr.StatementExpr s) {
            return body.statementExpr(s);
        }
        if (expr instanceof Expr.ContainerOf c) {
            return containerOf(c);
        }
        if (expr instanceof Expr.OffsetOf o) {
            return offsetOf(o);
        }
        if (expr instanceof Expr.InitList l) {
            return initList(l);
        }
        return compoundLiteral((Expr.CompoundLiteral) expr);
    }

    /** Whether a name is read or is the target of an assignment (which may declare it, in litmus mode). */
    enum Use { READ, ASSIGNED }

    CType name(Expr.Name n, Use use) {
        Optional<Symbol> found = fn.scope().lookup(n.name());
        if (found.isEmpty()) {
            found = Intrinsics.constant(n.name()).map(v -> new Symbol.EnumConstant(n.name(), v, n.span()));
        }
        if (found.isEmpty() && use == Use.ASSIGNED && analysis.leniency() == Leniency.LITMUS) {
            found = Optional.of(fn.implicitLocal(n.name(), n.span()));
        }
        if (found.isEmpty()) {
            analysis.diagnostics().error(n.span(), "use of undeclared identifier '" + n.name() + "'");
            analysis.bindings().type(n, Types.INT);
            return Types.INT;
        }
        Symbol s = found.get();
        analysis.bindings().symbol(n, s);
        if (s instanceof Symbol.Function f) {
            fn.facts().addressTaken(f.name());
        }
        return s.type();
    }

    private CType unary(Expr.Unary u) {
        CType operand = type(u.operand());
        switch (u.op()) {
            case "&" -> {
                markAddressTaken(u.operand());
                return new CType.Pointer(operand);
            }
            case "*" -> {
                if (Types.isFunction(operand)) {
                    return operand;
                }
                CType target = Types.pointee(operand);
                if (target == null) {
                    analysis.diagnostics().error(u.span(),
                            "indirection requires pointer operand ('" + operand.display() + "' invalid)");
                    return Types.INT;
                }
                return target;
            }
            case "!" -> {
                return Types.INT;
            }
            case "++", "--" -> {
                return operand;
            }
            default -> {
                return Types.promote(operand);
            }
        }
    }

    private void markAddressTaken(Expr operand) {
        Expr e = operand;
        while (e instanceof Expr.Member m && m.access() == Expr.Access.DOT) {
            e = m.object();
        }
        if (e instanceof Expr.Name n) {
            Symbol s = analysis.bindings().symbolOf(n);
            if (s instanceof Symbol.Local || s instanceof Symbol.Parameter) {
                analysis.bindings().addressTaken(s);
            }
        }
    }

    private CType binary(Expr.Binary b) {
        CType left = type(b.left());
        CType right = type(b.right());
        return switch (b.op()) {
            case "==", "!=", "<", "<=", ">", ">=", "&&", "||" -> Types.INT;
            case "<<", ">>" -> Types.promote(left);
            case "-" -> bothPointers(left, right) ? Types.LONG : Types.common(left, right);
            default -> Types.common(left, right);
        };
    }

    private static boolean bothPointers(CType a, CType b) {
        return (Types.isPointer(a) || Types.isArray(a)) && (Types.isPointer(b) || Types.isArray(b));
    }

    private CType assign(Expr.Assign a) {
        CType target = a.target() instanceof Expr.Name n ? recordName(n, Use.ASSIGNED) : type(a.target());
        type(a.value());
        if (a.op().equals("=") && a.target() instanceof Expr.Member m) {
            storedFunction(a.value()).ifPresent(fn -> structOf(m).ifPresent(tag ->
                    analysis.memberSlots().assign(tag, m.field(), fn, a.span())));
        }
        return target;
    }

    /** The tag of the struct whose member {@code m} names. */
    private Optional<String> structOf(Expr.Member m) {
        CType object = analysis.bindings().typeOf(m.object());
        CType struct = m.access() == Expr.Access.ARROW ? Types.pointee(object) : object;
        return struct != null && struct.resolved() instanceof CType.Struct s ? Optional.of(s.tag()) : Optional.empty();
    }

    /** The function an expression names ({@code f}, {@code &f}, casts aside), if any. */
    private Optional<String> storedFunction(Expr value) {
        Expr v = CallFacts.stripCasts(value);
        if (v instanceof Expr.Unary u && u.op().equals("&")) {
            v = CallFacts.stripCasts(u.operand());
        }
        return v instanceof Expr.Name n && analysis.bindings().symbolOf(n) instanceof Symbol.Function f
                ? Optional.of(f.name()) : Optional.empty();
    }

    private CType recordName(Expr.Name n, Use use) {
        CType t = name(n, use);
        analysis.bindings().type(n, t);
        return t;
    }

    private CType conditional(Expr.Conditional c) {
        type(c.condition());
        CType a = type(c.then());
        CType b = type(c.otherwise());
        if (Types.isVoid(a) || Types.isStruct(a)) {
            return a;
        }
        return Types.common(a, b);
    }

    private CType index(Expr.Index i) {
        CType array = type(i.array());
        CType index = type(i.index());
        CType element = Types.pointee(array);
        if (element == null) {
            element = Types.pointee(index);
        }
        if (element == null) {
            analysis.diagnostics().error(i.span(), "subscripted value is not an array or pointer");
            return Types.INT;
        }
        return element;
    }

    private CType member(Expr.Member m) {
        CType object = type(m.object());
        CType struct = m.access() == Expr.Access.ARROW ? Types.pointee(object) : object;
        if (struct == null || !Types.isStruct(struct)) {
            analysis.diagnostics().error(m.span(), "member reference base type '" + object.display()
                    + "' is not a structure or union");
            return Types.INT;
        }
        Optional<List<StructDef.Member>> path = analysis.types().memberPath(struct, m.field());
        if (path.isEmpty()) {
            analysis.diagnostics().error(m.span(), "no member named '" + m.field() + "' in '"
                    + struct.resolved().display() + "'");
            return Types.INT;
        }
        return path.get().get(path.get().size() - 1).type();
    }

    private CType cast(Expr.Cast c) {
        type(c.operand());
        return analysis.resolve(c.type());
    }

    private CType sizeofType(Expr.SizeofType s) {
        analysis.resolve(s.type());
        return ScalarNames.lookup("size_t").orElseThrow();
    }

    private CType sizeofExpr(Expr.SizeofExpr s) {
        type(s.operand());
        return ScalarNames.lookup("size_t").orElseThrow();
    }

    private CType comma(Expr.Comma c) {
        CType last = Types.VOID;
        for (Expr e : c.exprs()) {
            last = type(e);
        }
        return last;
    }

    private CType containerOf(Expr.ContainerOf c) {
        type(c.pointer());
        CType struct = analysis.resolve(c.type());
        if (analysis.types().memberPath(struct, c.member()).isEmpty()) {
            analysis.diagnostics().error(c.span(), "no member named '" + c.member() + "' in '"
                    + struct.resolved().display() + "'");
        }
        return new CType.Pointer(struct);
    }

    private CType offsetOf(Expr.OffsetOf o) {
        CType struct = analysis.resolve(o.type());
        if (analysis.types().memberPath(struct, o.member()).isEmpty()) {
            analysis.diagnostics().error(o.span(), "no member named '" + o.member() + "' in '"
                    + struct.resolved().display() + "'");
        }
        return ScalarNames.lookup("size_t").orElseThrow();
    }

    private CType initList(Expr.InitList l) {
        for (Expr.InitItem item : l.items()) {
            for (Expr.Designator d : item.designators()) {
                if (d instanceof Expr.Designator.Element el) {
                    type(el.index());
                }
            }
            type(item.value());
        }
        return Types.VOID;
    }

    private CType compoundLiteral(Expr.CompoundLiteral c) {
        CType t = analysis.resolve(c.type());
        type(c.init());
        return t;
    }
}
