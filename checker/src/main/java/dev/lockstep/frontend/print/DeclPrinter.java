package dev.lockstep.frontend.print;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Declarations: one at a time at file scope; a block's declaration statement as one C declaration
 * whose declarators share the specifiers, with its struct/union/enum definitions written inline.
 */
final class DeclPrinter {

    private final AstPrinter printer;

    DeclPrinter(AstPrinter printer) {
        this.printer = printer;
    }

    /** A file-scope declaration (no body). */
    String single(Decl decl) {
        if (decl instanceof Decl.StructDecl s) {
            return printer.types.structDefinition(s) + ";";
        } else if (decl instanceof Decl.EnumDecl e) {
            return printer.types.enumDefinition(e) + ";";
        } else if (decl instanceof Decl.Entry e) {
            return "__entry(" + annotation(e.context()) + ", " + e.function() + ");";
        }
        return group(List.of(decl));
    }

    /** The head of a function definition or prototype, without the {@code ;}. */
    String functionHead(Decl.Function f) {
        return specifiers("", f.storage(), f.annotations())
                + printer.types.declare(functionType(f), f.name());
    }

    /** Declarations made by one C declaration, as that declaration. */
    String group(List<Decl> decls) {
        TypePrinter types = printer.types;
        List<Decl> named = new ArrayList<>();
        Decl lastDefinition = null;
        for (Decl d : decls) {
            if (d instanceof Decl.StructDecl s && s.fields() != null) {
                types.addPending(s.tag(), s);
                lastDefinition = s;
            } else if (d instanceof Decl.EnumDecl e) {
                types.addPending(e.tag(), e);
                lastDefinition = e;
            } else if (d instanceof Decl.StructDecl s) {
                lastDefinition = s;
            } else {
                named.add(d);
            }
        }
        if (named.isEmpty()) {
            return lastDefinition == null ? ";" : types.base(definedType(lastDefinition)) + ";";
        }
        List<Annotation> common = commonAnnotations(named);
        Decl first = named.get(0);
        TypePrinter.Declarator firstDeclarator = types.declarator(typeOf(first), nameOf(first));
        String typedef = first instanceof Decl.Typedef ? "typedef " : "";
        StringBuilder out = new StringBuilder(specifiers(typedef, storageOf(first), common));
        out.append(types.base(firstDeclarator.base()));
        for (int i = 0; i < named.size(); i++) {
            Decl d = named.get(i);
            out.append(i == 0 ? " " : ", ").append(types.declarator(typeOf(d), nameOf(d)).text());
            List<Annotation> own = annotationsOf(d);
            for (Annotation a : own.subList(common.size(), own.size())) {
                out.append(' ').append(annotation(a));
            }
            if (d instanceof Decl.Var v && v.init() != null) {
                out.append(" = ").append(printer.exprs.expr(v.init(), ExprPrinter.ASSIGN));
            }
        }
        return out.append(';').toString();
    }

    String annotation(Annotation a) {
        if (a.name().equals(Annotation.CLEANUP)) {
            return "__attribute__((cleanup(" + printer.exprs.expr(a.args().get(0).value(), ExprPrinter.ASSIGN) + ")))";
        }
        if (a.args().isEmpty()) {
            return a.name();
        }
        List<String> args = new ArrayList<>();
        for (Annotation.Arg arg : a.args()) {
            String value = printer.exprs.expr(arg.value(), ExprPrinter.ASSIGN);
            args.add(arg.key() == null ? value : arg.key() + " = " + value);
        }
        return a.name() + "(" + String.join(", ", args) + ")";
    }

    private String specifiers(String prefix, List<String> storage, List<Annotation> annotations) {
        StringBuilder out = new StringBuilder(prefix);
        for (String s : storage) {
            out.append(s).append(' ');
        }
        for (Annotation a : annotations) {
            out.append(annotation(a)).append(' ');
        }
        return out.toString();
    }

    /** The annotations every declarator of the group has, printed before the type; a cleanup attribute never is. */
    private static List<Annotation> commonAnnotations(List<Decl> named) {
        List<Annotation> common = annotationsOf(named.get(0));
        int firstCleanup = 0;
        while (firstCleanup < common.size() && !common.get(firstCleanup).name().equals(Annotation.CLEANUP)) {
            firstCleanup++;
        }
        common = common.subList(0, firstCleanup);
        for (Decl d : named) {
            List<Annotation> own = annotationsOf(d);
            int n = 0;
            while (n < common.size() && n < own.size() && AstEquality.equalIgnoringSpans(common.get(n), own.get(n))) {
                n++;
            }
            common = common.subList(0, n);
        }
        return common;
    }

    private static TypeRef definedType(Decl d) {
        if (d instanceof Decl.StructDecl s) {
            return new TypeRef.Struct(s.tag(), s.kind(), Span.NONE);
        }
        return new TypeRef.Enum(((Decl.EnumDecl) d).tag(), Span.NONE);
    }

    private static TypeRef functionType(Decl.Function f) {
        return new TypeRef.Function(f.returns(), f.params(), f.variadic(), Span.NONE);
    }

    private static TypeRef typeOf(Decl d) {
        if (d instanceof Decl.Var v) {
            return v.type();
        } else if (d instanceof Decl.Function f) {
            return functionType(f);
        }
        return ((Decl.Typedef) d).type();
    }

    private static String nameOf(Decl d) {
        if (d instanceof Decl.Var v) {
            return v.name();
        } else if (d instanceof Decl.Function f) {
            return f.name();
        }
        return ((Decl.Typedef) d).name();
    }

    private static List<String> storageOf(Decl d) {
        if (d instanceof Decl.Var v) {
            return v.storage();
        } else if (d instanceof Decl.Function f) {
            return f.storage();
        }
        return List.of();
    }

    private static List<Annotation> annotationsOf(Decl d) {
        if (d instanceof Decl.Var v) {
            return v.annotations();
        } else if (d instanceof Decl.Function f) {
            return f.annotations();
        }
        return List.of();
    }
}
