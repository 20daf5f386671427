package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Declarations: typedefs, struct and enum definitions (at any scope), and the file scope's
 * globals, functions and registrations.
 */
final class DeclResolver {

    private final Analysis analysis;

    DeclResolver(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Declarations that define types or constants, valid at any scope; false for the others. */
    boolean typeDeclaration(Decl decl, Scope scope) {
        if (decl instanceof Decl.Typedef t) {
            analysis.types().defineTypedef(t.name(), analysis.resolve(t.type()));
            return true;
        }
        if (decl instanceof Decl.StructDecl s) {
            if (s.fields() != null) {
                List<StructDef.Member> members = new ArrayList<>();
                for (Decl.Field f : s.fields()) {
                    members.add(new StructDef.Member(f.name(), analysis.resolve(f.type()), memberContext(f), f.span()));
                }
                analysis.types().defineStruct(new StructDef(s.tag(), s.kind(), List.copyOf(members), s.span()));
            }
            return true;
        }
        if (decl instanceof Decl.EnumDecl e) {
            enumerators(e, scope);
            return true;
        }
        return false;
    }

    /** The context annotation of a member (an ops-table slot), or null; other annotations there are errors. */
    private Annotation memberContext(Decl.Field f) {
        Annotation context = null;
        for (Annotation a : f.annotations()) {
            if (ContextKind.ofAnnotation(a.name()).isEmpty()) {
                analysis.diagnostics().error(a.span(), "'" + a.name() + "' cannot annotate a member; only a context "
                        + "annotation can (__process, __softirq, __hardirq, ...)");
            } else if (context != null) {
                analysis.diagnostics().error(a.span(), "member '" + f.name() + "' already has the context "
                        + context.name());
            } else {
                context = a;
            }
        }
        return context;
    }

    private void enumerators(Decl.EnumDecl e, Scope scope) {
        long next = 0;
        ConstEval eval = new ConstEval(analysis);
        for (Decl.Enumerator en : e.enumerators()) {
            if (en.value() != null) {
                OptionalLong v = eval.eval(en.value());
                if (v.isEmpty()) {
                    analysis.diagnostics().error(en.value().span(), "enumerator value is not an integer constant");
                } else {
                    next = v.getAsLong();
                }
            }
            scope.declare(new Symbol.EnumConstant(en.name(), next, en.span()));
            next++;
        }
    }

    void fileScope(Decl decl) {
        if (typeDeclaration(decl, analysis.fileScope())) {
            return;
        }
        if (decl instanceof Decl.Var v) {
            global(v, v.name());
        } else if (decl instanceof Decl.Function f) {
            function(f);
        } else if (decl instanceof Decl.Entry e) {
            analysis.entries().add(e);
        }
    }

    /** A global (or static local, under {@code name}); declarations of one name merge, the one with an initializer wins. */
    Symbol.Global global(Decl.Var v, String name) {
        CType type = withInitLength(analysis.resolve(v.type()), v.init());
        GlobalInfo old = analysis.globals().get(name);
        if (old != null && (v.init() == null || old.init() != null)) {
            return old.symbol();
        }
        Symbol.Global symbol = new Symbol.Global(name, type, v.span());
        analysis.globals().put(name, new GlobalInfo(symbol, type, v.init(), v.span()));
        analysis.fileScope().declare(symbol);
        return symbol;
    }

    /** An array declared without a length takes it from its initializer. */
    static CType withInitLength(CType type, Expr init) {
        if (type.resolved() instanceof CType.Array a && a.length() < 0) {
            if (init instanceof Expr.InitList l) {
                return new CType.Array(a.element(), InitLists.length(l));
            }
            if (init instanceof Expr.StringLit s) {
                return new CType.Array(a.element(), s.text().length() + 1L);
            }
        }
        return type;
    }

    void function(Decl.Function f) {
        CType.Function type = analysis.typeResolver().function(f.returns(), f.params(), f.variadic());
        FunctionInfo old = analysis.functions().get(f.name());
        List<dev.lockstep.frontend.ast.Annotation> annotations = new ArrayList<>();
        if (old != null) {
            annotations.addAll(old.annotations());
        }
        annotations.addAll(f.annotations());
        Decl.Function definition = f.body() != null ? f : old == null ? null : old.definition();
        if (old != null && old.definition() != null && f.body() != null) {
            analysis.diagnostics().error(f.span(), "redefinition of '" + f.name() + "'");
        }
        Decl.Function shape = definition != null ? definition : f;
        CType.Function finalType = definition != null && definition != f && old != null ? old.type() : type;
        List<Symbol.Parameter> params = new ArrayList<>();
        List<Param> written = shape.params();
        for (int i = 0; i < finalType.params().size() && i < written.size(); i++) {
            Param p = written.get(i);
            String pname = p.name() == null ? "" : p.name();
            params.add(new Symbol.Parameter(pname, finalType.params().get(i), f.name(), i, p.span()));
        }
        Symbol.Function symbol = new Symbol.Function(f.name(), finalType, shape.span());
        analysis.fileScope().declare(symbol);
        analysis.functions().put(f.name(), new FunctionInfo(f.name(), finalType, definition,
                List.copyOf(annotations), List.copyOf(params), shape.span()));
    }
}
