package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Param;
import dev.lockstep.frontend.ast.TypeRef;
import dev.lockstep.grammar.LockstepParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds a declarator into the declared type: pointers apply to the base type first, then the
 * suffixes from right to left, then the parenthesized inner declarator ({@code int *a[3]} is
 * {@code Array(Pointer(int), 3)}, {@code void (*fp)(int)} is {@code Pointer(Function(void, int))}).
 */
final class DeclaratorFolder {

    /** A declared name and its type. */
    record Declared(String name, TypeRef type, Span span) {}

    /** The parameters of a function declarator. */
    record Params(List<Param> params, TypeRef.Variadic variadic) {}

    private final AstBuilder ast;

    DeclaratorFolder(AstBuilder ast) {
        this.ast = ast;
    }

    Declared declarator(TypeRef base, LockstepParser.DeclaratorContext ctx) throws InputException {
        TypeRef type = pointers(base, ctx.pointer());
        LockstepParser.DirectDeclaratorContext direct = ctx.directDeclarator();
        type = suffixes(type, direct.declaratorSuffix());
        if (direct.IDENT() != null) {
            return new Declared(direct.IDENT().getText(), type, Spans.of(ctx));
        }
        return declarator(type, direct.declarator());
    }

    TypeRef abstractDeclarator(TypeRef base, LockstepParser.AbstractDeclaratorContext ctx) throws InputException {
        TypeRef type = pointers(base, ctx.pointer());
        LockstepParser.DirectAbstractDeclaratorContext direct = ctx.directAbstractDeclarator();
        if (direct == null) {
            return type;
        }
        type = suffixes(type, direct.declaratorSuffix());
        return direct.abstractDeclarator() == null ? type : abstractDeclarator(type, direct.abstractDeclarator());
    }

    private static TypeRef pointers(TypeRef base, List<LockstepParser.PointerContext> pointers) {
        TypeRef type = base;
        for (LockstepParser.PointerContext p : pointers) {
            Span span = Spans.of(p);
            type = new TypeRef.Pointer(type, span);
            List<String> qualifiers = new ArrayList<>();
            for (LockstepParser.TypeQualifierContext q : p.typeQualifier()) {
                qualifiers.add(TypeBuilder.qualifierName(q));
            }
            if (!qualifiers.isEmpty()) {
                type = new TypeRef.Qualified(List.copyOf(qualifiers), type, span);
            }
        }
        return type;
    }

    private TypeRef suffixes(TypeRef base, List<LockstepParser.DeclaratorSuffixContext> suffixes) throws InputException {
        TypeRef type = base;
        for (int i = suffixes.size() - 1; i >= 0; i--) {
            LockstepParser.DeclaratorSuffixContext suffix = suffixes.get(i);
            Span span = Spans.of(suffix);
            if (suffix instanceof LockstepParser.ArraySuffixContext a) {
                type = new TypeRef.Array(type, a.expr() == null ? null : ast.exprs.expr(a.expr()), span);
            } else if (suffix instanceof LockstepParser.FunctionSuffixContext f) {
                Params params = params(f.parameterList());
                type = new TypeRef.Function(type, params.params(), params.variadic(), span);
            }
        }
        return type;
    }

    Params params(LockstepParser.ParameterListContext ctx) throws InputException {
        if (ctx == null) {
            return new Params(List.of(), TypeRef.Variadic.FIXED);
        }
        List<Param> params = new ArrayList<>();
        for (LockstepParser.ParameterDeclarationContext p : ctx.parameterDeclaration()) {
            Specifiers specs = ast.types.declarationSpecifiers(p.declarationSpecifiers());
            Span span = Spans.of(p);
            if (p.declarator() != null) {
                Declared declared = declarator(specs.base(), p.declarator());
                params.add(new Param(declared.type(), declared.name(), span));
            } else if (p.abstractDeclarator() != null) {
                params.add(new Param(abstractDeclarator(specs.base(), p.abstractDeclarator()), null, span));
            } else {
                params.add(new Param(specs.base(), null, span));
            }
        }
        TypeRef.Variadic variadic = ctx.ELLIPSIS() != null ? TypeRef.Variadic.VARIADIC : TypeRef.Variadic.FIXED;
        if (params.size() == 1 && params.get(0).name() == null && params.get(0).type() instanceof TypeRef.Named n
                && n.name().equals("void")) {
            params.clear();
        }
        return new Params(List.copyOf(params), variadic);
    }
}
