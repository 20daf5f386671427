package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Resolves one function body: block scopes, local declarations, statements and labels. */
final class BodyResolver {

    private final Analysis analysis;
    private final FunctionState fn;
    private final ExprTyper typer;
    private final DeclResolver decls;
    private final Set<String> labels = new LinkedHashSet<>();
    private final List<Stmt.Goto> gotos = new java.util.ArrayList<>();

    BodyResolver(Analysis analysis, FunctionState fn) {
        this.analysis = analysis;
        this.fn = fn;
        this.typer = new ExprTyper(analysis, fn, this);
        this.decls = new DeclResolver(analysis);
    }

    FunctionFacts facts() {
        return fn.facts();
    }

    /** Resolves a function's parameters and body. */
    void function(FunctionInfo info) {
        for (Symbol.Parameter p : info.params()) {
            if (!p.name().isEmpty()) {
                fn.scope().declare(p);
            }
        }
        analysis.withTyper(typer, () -> {
            contractArguments(info);
            block(info.definition().body());
        });
        for (Stmt.Goto g : gotos) {
            if (!labels.contains(g.label())) {
                analysis.diagnostics().error(g.span(), "use of undeclared label '" + g.label() + "'");
            }
        }
    }

    /**
     * Types the arguments of sparse's lock contracts when every name in them resolves (sparse
     * accepts any token there, {@code __acquires(RCU)}: those stay untyped and are named as written).
     */
    private void contractArguments(FunctionInfo info) {
        for (dev.lockstep.frontend.ast.Annotation a : info.annotations()) {
            if (LockContracts.isContract(a.name())) {
                for (dev.lockstep.frontend.ast.Annotation.Arg arg : a.args()) {
                    if (NameWalker.names(arg.value()).stream().allMatch(n -> fn.scope().lookup(n).isPresent())) {
                        typer.type(arg.value());
                    }
                }
            }
        }
    }

    /** Types a file-scope initializer (no locals in reach). */
    void initializer(Expr init) {
        analysis.withTyper(typer, () -> typer.type(init));
    }

    CType statementExpr(Expr.StatementExpr s) {
        fn.enter();
        CType last = Types.VOID;
        for (Stmt item : s.block().items()) {
            statement(item);
            last = item instanceof Stmt.ExprStmt e ? analysis.bindings().typeOf(e.expr()) : Types.VOID;
        }
        fn.leave();
        return last;
    }

    private void block(Stmt.Block b) {
        fn.enter();
        b.items().forEach(this::statement);
        fn.leave();
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.Block b) {
            block(b);
        } else if (s instanceof Stmt.Declaration d) {
            d.decls().forEach(this::local);
        } else if (s instanceof Stmt.ExprStmt e) {
            typer.type(e.expr());
        } else if (s instanceof Stmt.If i) {
            typer.type(i.condition());
            statement(i.then());
            if (i.otherwise() != null) {
                statement(i.otherwise());
            }
        } else if (s instanceof Stmt.While w) {
            typer.type(w.condition());
            statement(w.body());
        } else if (s instanceof Stmt.DoWhile d) {
            statement(d.body());
            typer.type(d.condition());
        } else if (s instanceof Stmt.For f) {
            forLoop(f);
        } else {
            other(s);
        }
    }

    private void forLoop(Stmt.For f) {
        fn.enter();
        if (f.init() != null) {
            statement(f.init());
        }
        if (f.condition() != null) {
            typer.type(f.condition());
        }
        if (f.step() != null) {
            typer.type(f.step());
        }
        statement(f.body());
        fn.leave();
    }

    private void other(Stmt s) {
        if (s instanceof Stmt.Switch sw) {
            typer.type(sw.selector());
            statement(sw.body());
        } else if (s instanceof Stmt.Case c) {
            typer.type(c.value());
            if (c.upTo() != null) {
                typer.type(c.upTo());
            }
            statement(c.body());
        } else if (s instanceof Stmt.Default d) {
            statement(d.body());
        } else if (s instanceof Stmt.Labeled l) {
            if (!labels.add(l.label())) {
                analysis.diagnostics().error(l.span(), "redefinition of label '" + l.label() + "'");
            }
            statement(l.body());
        } else if (s instanceof Stmt.Goto g) {
            gotos.add(g);
        } else if (s instanceof Stmt.Return r && r.value() != null) {
            typer.type(r.value());
        }
    }

    private void local(Decl decl) {
        if (decls.typeDeclaration(decl, fn.scope())) {
            return;
        }
        if (decl instanceof Decl.Function f) {
            if (!analysis.functions().containsKey(f.name())) {
                decls.function(f);
            }
            fn.scope().declare(analysis.fileScope().lookup(f.name()).orElseThrow());
            return;
        }
        if (decl instanceof Decl.Var v) {
            variable(v);
        }
    }

    /** A local variable: in scope from its declarator on, so its own initializer may name it (from_timer). */
    private void variable(Decl.Var v) {
        Symbol symbol;
        if (v.storage().contains("extern") || v.storage().contains("static")) {
            if (v.init() != null) {
                typer.type(v.init());
            }
            symbol = v.storage().contains("extern")
                    ? analysis.fileScope().lookup(v.name()).orElseGet(() -> decls.global(v, v.name()))
                    : decls.global(v, fn.name() + "." + v.name());
            fn.scope().declare(v.name(), symbol);
        } else {
            CType type = DeclResolver.withInitLength(analysis.resolve(v.type()), v.init());
            symbol = fn.newLocal(v.name(), type, v.span());
            fn.scope().declare(v.name(), symbol);
            if (v.init() != null) {
                typer.type(v.init());
            }
        }
        analysis.bindings().declared(v, symbol);
        for (dev.lockstep.frontend.ast.Annotation a : v.annotations()) {
            if (a.name().equals(dev.lockstep.frontend.ast.Annotation.CLEANUP)) {
                cleanup(v, symbol, a);
            }
        }
    }

    /**
     * {@code __attribute__((cleanup(fn)))}: {@code fn(&v)} runs at every exit of v's scope, so v's
     * address is taken and this function calls fn. fn must be a function taking one pointer.
     */
    private void cleanup(Decl.Var v, Symbol symbol, dev.lockstep.frontend.ast.Annotation a) {
        Expr.Name fnName = (Expr.Name) a.args().get(0).value();
        if (!(symbol instanceof Symbol.Local)) {
            analysis.diagnostics().error(a.span(), "the cleanup attribute applies to local variables only, not to '"
                    + v.name() + "'");
            return;
        }
        Optional<Symbol> target = analysis.fileScope().lookup(fnName.name());
        if (target.isEmpty() || !(target.get() instanceof Symbol.Function f)) {
            analysis.diagnostics().error(fnName.span(), "cleanup function '" + fnName.name() + "' is not a function");
            return;
        }
        if (f.type().params().size() != 1) {
            analysis.diagnostics().error(fnName.span(), "cleanup function '" + fnName.name()
                    + "' must take one parameter (a pointer to '" + v.name() + "')");
            return;
        }
        analysis.bindings().addressTaken(symbol);
        fn.facts().call(fnName.name());
    }
}
