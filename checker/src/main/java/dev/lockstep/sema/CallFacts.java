package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Expr;
import java.util.List;
import java.util.Optional;

/**
 * Types calls and records what they mean for contexts: direct calls (call graph edges), calls
 * through pointers, {@code __ls_spawn} / {@code __ls_register} registrations, and function pointers
 * handed on to other functions (for the per-function registration summaries).
 */
final class CallFacts {

    private final Analysis analysis;
    private final FunctionState fn;
    private final ExprTyper typer;

    CallFacts(Analysis analysis, FunctionState fn, ExprTyper typer) {
        this.analysis = analysis;
        this.fn = fn;
        this.typer = typer;
    }

    CType call(Expr.Call call) {
        call.args().forEach(typer::type);
        if (call.callee() instanceof Expr.Name n) {
            Optional<Symbol> found = fn.scope().lookup(n.name());
            if (found.isEmpty() || found.get() instanceof Symbol.Function) {
                return named(call, n, found);
            }
        }
        CType calleeType = typer.type(call.callee());
        CType.Function f = Types.callable(calleeType);
        if (f == null) {
            analysis.diagnostics().error(call.callee().span(), "called object is not a function");
            return Types.INT;
        }
        fn.facts().indirectCall(call.args().size());
        return f.returns();
    }

    private CType named(Expr.Call call, Expr.Name callee, Optional<Symbol> found) {
        String name = callee.name();
        if (Intrinsics.isIntrinsic(name)) {
            registration(call, name);
            CType t = found.map(Symbol::type).orElse(null);
            CType result = accessedType(name, call).orElse(t == null ? IntrinsicTypes.returns(name)
                    : ((CType.Function) t.resolved()).returns());
            found.ifPresent(s -> analysis.bindings().symbol(callee, s));
            analysis.bindings().type(callee, t == null ? new CType.Function(result, List.of(),
                    dev.lockstep.frontend.ast.TypeRef.Variadic.VARIADIC) : t);
            return result;
        }
        fn.facts().call(name);
        for (int i = 0; i < call.args().size(); i++) {
            FnTarget target = target(call.args().get(i));
            if (!(target instanceof FnTarget.Unknown)) {
                fn.facts().pass(new FunctionFacts.PassedFunction(name, i, target, call.args().get(i).span()));
            }
        }
        if (found.isEmpty()) {
            analysis.implicitCall(new ImplicitCall(name, callee.span()));
            CType.Function implicit = new CType.Function(Types.INT, List.of(),
                    dev.lockstep.frontend.ast.TypeRef.Variadic.VARIADIC);
            analysis.bindings().type(callee, implicit);
            return Types.INT;
        }
        Symbol.Function f = (Symbol.Function) found.get();
        analysis.bindings().symbol(callee, f);
        analysis.bindings().type(callee, f.type());
        return f.type().returns();
    }

    /** Memory intrinsics give the type of {@code *ptr}, as the kernel's READ_ONCE gives that of its argument. */
    private Optional<CType> accessedType(String name, Expr.Call call) {
        if (call.args().isEmpty() || !(name.equals("__ls_load") || name.equals("__ls_rmw")
                || name.equals("__ls_cmpxchg"))) {
            return Optional.empty();
        }
        CType target = Types.pointee(analysis.bindings().typeOf(call.args().get(0)));
        return target != null && Types.isScalar(target) ? Optional.of(target) : Optional.empty();
    }

    private void registration(Expr.Call call, String name) {
        List<Expr> args = call.args();
        if (name.equals(Intrinsics.SPAWN) && !args.isEmpty()) {
            fn.facts().register(new FunctionFacts.Registration(ContextKind.PROCESS, target(args.get(0)), name,
                    call.span()));
        } else if ((name.equals(Intrinsics.REGISTER) || name.equals(Intrinsics.REGISTER_HARD)) && args.size() >= 2) {
            Optional<ContextKind> context = constantName(args.get(0)).flatMap(Intrinsics::registeredContext);
            if (context.isEmpty()) {
                analysis.diagnostics().error(args.get(0).span(), "intrinsic " + name + " expects a constant context");
                return;
            }
            fn.facts().register(new FunctionFacts.Registration(context.get(), target(args.get(1)), name, call.span()));
        }
    }

    /** The enumeration constant an argument names, casts aside. */
    static Optional<String> constantName(Expr e) {
        Expr x = stripCasts(e);
        return x instanceof Expr.Name n ? Optional.of(n.name()) : Optional.empty();
    }

    static Expr stripCasts(Expr e) {
        Expr x = e;
        while (x instanceof Expr.Cast c) {
            x = c.operand();
        }
        return x;
    }

    private FnTarget target(Expr arg) {
        Expr x = stripCasts(arg);
        if (x instanceof Expr.Unary u && u.op().equals("&")) {
            x = stripCasts(u.operand());
        }
        if (x instanceof Expr.Name n) {
            Symbol s = analysis.bindings().symbolOf(n);
            if (s instanceof Symbol.Function f) {
                return new FnTarget.Named(f.name());
            }
            if (s instanceof Symbol.Parameter p) {
                return new FnTarget.Param(p.index());
            }
        }
        return new FnTarget.Unknown();
    }
}
