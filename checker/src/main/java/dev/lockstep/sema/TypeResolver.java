package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Param;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** From a type as written ({@link TypeRef}) to a {@link CType}, with typedefs and array sizes resolved. */
final class TypeResolver {

    private final TypeTable table;
    private final Diagnostics diagnostics;
    private final ConstEval.Env env;

    TypeResolver(TypeTable table, Diagnostics diagnostics, ConstEval.Env env) {
        this.table = table;
        this.diagnostics = diagnostics;
        this.env = env;
    }

    CType resolve(TypeRef ref) {
        if (ref instanceof TypeRef.Named n) {
            return named(n);
        }
        if (ref instanceof TypeRef.Struct s) {
            return new CType.Struct(s.tag(), s.kind());
        }
        if (ref instanceof TypeRef.Enum e) {
            return new CType.Int(32, CType.Signedness.SIGNED, "enum " + e.tag());
        }
        if (ref instanceof TypeRef.Pointer p) {
            return new CType.Pointer(resolve(p.target()));
        }
        if (ref instanceof TypeRef.Array a) {
            return array(a);
        }
        if (ref instanceof TypeRef.Function f) {
            return function(f.returns(), f.params(), f.variadic());
        }
        if (ref instanceof TypeRef.Qualified q) {
            return resolve(q.inner());
        }
        TypeRef.TypeOf t = (TypeRef.TypeOf) ref;
        return env.typeOf(t.expr());
    }

    CType.Function function(TypeRef returns, List<Param> params, TypeRef.Variadic variadic) {
        List<CType> types = new ArrayList<>();
        for (Param p : params) {
            CType t = resolve(p.type());
            if (Types.isVoid(t) && params.size() == 1 && p.name() == null) {
                break;
            }
            types.add(parameterType(t));
        }
        return new CType.Function(resolve(returns), List.copyOf(types), variadic);
    }

    /** A parameter declared as an array or function is a pointer. */
    static CType parameterType(CType t) {
        if (t.resolved() instanceof CType.Array a) {
            return new CType.Pointer(a.element());
        }
        if (t.resolved() instanceof CType.Function) {
            return new CType.Pointer(t);
        }
        return t;
    }

    private CType named(TypeRef.Named n) {
        var typedef = table.typedef(n.name());
        if (typedef.isPresent()) {
            return new CType.Alias(n.name(), typedef.get());
        }
        var scalar = ScalarNames.lookup(n.name());
        if (scalar.isPresent()) {
            return scalar.get();
        }
        diagnostics.error(n.span(), "unknown type name '" + n.name() + "'");
        return Types.INT;
    }

    private CType array(TypeRef.Array a) {
        CType element = resolve(a.element());
        if (a.size() == null) {
            return new CType.Array(element, -1);
        }
        OptionalLong size = new ConstEval(env).eval(a.size());
        if (size.isEmpty()) {
            diagnostics.error(a.size().span(), "array size is not an integer constant");
            return new CType.Array(element, -1);
        }
        return new CType.Array(element, size.getAsLong());
    }
}
