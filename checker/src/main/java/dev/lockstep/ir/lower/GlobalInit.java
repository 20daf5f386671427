package dev.lockstep.ir.lower;

import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.ConstEval;
import dev.lockstep.sema.Diagnostics;
import dev.lockstep.sema.SemanticModel;
import dev.lockstep.sema.Symbol;
import dev.lockstep.sema.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Static initializers to {@link Program.Init}: integer constants, addresses of globals and of
 * their members and elements, function addresses, strings, nested aggregates; zero elsewhere.
 */
final class GlobalInit {

    private final SemanticModel model;
    private final Diagnostics diagnostics;
    private final InitShaper shaper;

    GlobalInit(SemanticModel model, Diagnostics diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
        this.shaper = new InitShaper(model, diagnostics);
    }

    Program.Init of(CType type, Expr init) {
        if (init == null) {
            return new Program.Init.Zero();
        }
        return tree(shaper.shape(type, init));
    }

    private Program.Init tree(InitTree t) {
        if (t instanceof InitTree.Node n) {
            Map<String, Program.Init> members = new LinkedHashMap<>();
            n.children().forEach((k, v) -> members.put(k, tree(v)));
            return new Program.Init.Aggregate(java.util.Collections.unmodifiableMap(members));
        }
        InitTree.Leaf leaf = (InitTree.Leaf) t;
        return scalar(leaf.value(), leaf.type());
    }

    private Program.Init scalar(Expr e, CType type) {
        OptionalLong v = model.constants().eval(e);
        if (v.isPresent()) {
            long value = type.resolved() instanceof CType.Int i ? ConstEval.wrap(v.getAsLong(), i) : v.getAsLong();
            return new Program.Init.Scalar(value);
        }
        Expr x = e;
        while (x instanceof Expr.Cast c) {
            x = c.operand();
        }
        if (x instanceof Expr.StringLit s) {
            return new Program.Init.Address(new Value.Str(s.text()), List.of());
        }
        if (x instanceof Expr.Unary u && u.op().equals("&")) {
            Program.Init a = address(u.operand(), new ArrayList<>());
            if (a != null) {
                return a;
            }
        }
        if (x instanceof Expr.Name n) {
            Symbol s = model.bindings().symbolOf(n);
            if (s instanceof Symbol.Function f) {
                return new Program.Init.Address(new Value.FunctionRef(f.name()), List.of());
            }
            if (s instanceof Symbol.Global g && Types.isArray(g.type())) {
                return new Program.Init.Address(new Value.Global(g.name()), List.of("[0]"));
            }
        }
        diagnostics.error(e.span(), "initializer element is not a compile-time constant");
        return new Program.Init.Zero();
    }

    /** {@code &g.a[2].b} as the global and the path {@code [a, [2], b]}; null when it is no such thing. */
    private Program.Init address(Expr lvalue, List<String> suffix) {
        if (lvalue instanceof Expr.Name n) {
            Symbol s = model.bindings().symbolOf(n);
            if (s instanceof Symbol.Global g) {
                return new Program.Init.Address(new Value.Global(g.name()), List.copyOf(suffix));
            }
            if (s instanceof Symbol.Function f) {
                return new Program.Init.Address(new Value.FunctionRef(f.name()), List.of());
            }
            return null;
        }
        if (lvalue instanceof Expr.Member m && m.access() == Expr.Access.DOT) {
            suffix.add(0, m.field());
            return address(m.object(), suffix);
        }
        if (lvalue instanceof Expr.Index i) {
            OptionalLong index = model.constants().eval(i.index());
            if (index.isEmpty()) {
                return null;
            }
            suffix.add(0, "[" + index.getAsLong() + "]");
            return address(i.array(), suffix);
        }
        return null;
    }
}
