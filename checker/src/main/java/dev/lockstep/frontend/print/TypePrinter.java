package dev.lockstep.frontend.print;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Param;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Types in C's declarator syntax: a base ({@code const struct dev}) and a declarator around the
 * name ({@code (*handlers[4])(int)}). Struct, union and enum definitions registered as pending are
 * written inline where their tag is first used (a local {@code struct s { .. } x;} stays one
 * declaration).
 */
final class TypePrinter {

    /** A declarator's text and the base type it declares over. */
    record Declarator(String text, TypeRef base) {}

    private final AstPrinter printer;
    private final Map<String, Decl> pending = new LinkedHashMap<>();

    TypePrinter(AstPrinter printer) {
        this.printer = printer;
    }

    void addPending(String tag, Decl definition) {
        pending.put(tag, definition);
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** A full declaration of {@code name} (empty for an abstract one) with type {@code type}. */
    String declare(TypeRef type, String name) {
        Declarator d = declarator(type, name);
        String base = base(d.base());
        return d.text().isEmpty() ? base : base + " " + d.text();
    }

    Declarator declarator(TypeRef type, String name) {
        TypeRef current = type;
        String text = name == null ? "" : name;
        while (true) {
            if (current instanceof TypeRef.Pointer p) {
                text = wrap("*" + text, p.target());
                current = p.target();
            } else if (current instanceof TypeRef.Qualified q && q.inner() instanceof TypeRef.Pointer p) {
                text = wrap("* " + String.join(" ", q.qualifiers()) + (text.isEmpty() ? "" : " " + text), p.target());
                current = p.target();
            } else if (current instanceof TypeRef.Array a) {
                text = text + "[" + (a.size() == null ? "" : printer.exprs.expr(a.size(), ExprPrinter.ASSIGN)) + "]";
                current = a.element();
            } else if (current instanceof TypeRef.Function f) {
                text = text + "(" + params(f.params(), f.variadic()) + ")";
                current = f.returns();
            } else {
                return new Declarator(text, current);
            }
        }
    }

    private static String wrap(String text, TypeRef target) {
        return target instanceof TypeRef.Array || target instanceof TypeRef.Function ? "(" + text + ")" : text;
    }

    String params(List<Param> params, TypeRef.Variadic variadic) {
        if (params.isEmpty()) {
            return variadic == TypeRef.Variadic.VARIADIC ? "..." : "void";
        }
        List<String> parts = new ArrayList<>();
        for (Param p : params) {
            parts.add(declare(p.type(), p.name()));
        }
        if (variadic == TypeRef.Variadic.VARIADIC) {
            parts.add("...");
        }
        return String.join(", ", parts);
    }

    /** The base type's text; a pending definition of its tag is written out here. */
    String base(TypeRef type) {
        if (type instanceof TypeRef.Named n) {
            return n.name();
        } else if (type instanceof TypeRef.Struct s) {
            Decl definition = pending.remove(s.tag());
            return definition instanceof Decl.StructDecl d ? structDefinition(d) : keyword(s.kind()) + " " + s.tag();
        } else if (type instanceof TypeRef.Enum e) {
            Decl definition = pending.remove(e.tag());
            return definition instanceof Decl.EnumDecl d ? enumDefinition(d) : "enum " + e.tag();
        } else if (type instanceof TypeRef.TypeOf t) {
            return "typeof(" + printer.exprs.expr(t.expr(), ExprPrinter.COMMA) + ")";
        } else if (type instanceof TypeRef.Qualified q) {
            return String.join(" ", q.qualifiers()) + " " + base(q.inner());
        }
        return declare(type, "");
    }

    String structDefinition(Decl.StructDecl d) {
        String head = keyword(d.kind()) + " " + d.tag();
        if (d.fields() == null) {
            return head;
        }
        StringBuilder out = new StringBuilder(head).append(" {");
        for (Decl.Field f : d.fields()) {
            out.append(' ').append(declare(f.type(), f.name()));
            for (dev.lockstep.frontend.ast.Annotation a : f.annotations()) {
                out.append(' ').append(printer.decls.annotation(a));
            }
            out.append(';');
        }
        return out.append(" }").toString();
    }

    String enumDefinition(Decl.EnumDecl d) {
        StringBuilder out = new StringBuilder("enum ");
        if (d.tag() != null) {
            out.append(d.tag()).append(' ');
        }
        out.append('{');
        List<String> parts = new ArrayList<>();
        for (Decl.Enumerator e : d.enumerators()) {
            parts.add(e.value() == null ? e.name() : e.name() + " = " + printer.exprs.expr(e.value(), ExprPrinter.ASSIGN));
        }
        return out.append(' ').append(String.join(", ", parts)).append(" }").toString();
    }

    private static String keyword(TypeRef.StructKind kind) {
        return kind == TypeRef.StructKind.UNION ? "union" : "struct";
    }
}
