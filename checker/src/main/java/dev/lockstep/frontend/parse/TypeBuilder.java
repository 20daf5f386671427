package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.TypeRef;
import dev.lockstep.grammar.LockstepParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Declaration specifiers to a base type, and struct, union and enum specifiers to their
 * definitions. Scalar keyword runs get C's canonical spelling ({@code unsigned long int} is
 * {@code unsigned long}, {@code unsigned} is {@code unsigned int}).
 */
final class TypeBuilder {

    private final AstBuilder ast;
    final DeclaratorFolder declarators;

    TypeBuilder(AstBuilder ast) {
        this.ast = ast;
        this.declarators = new DeclaratorFolder(ast);
    }

    Specifiers declarationSpecifiers(LockstepParser.DeclarationSpecifiersContext ctx) throws InputException {
        return specifiers(ctx, ctx.declarationSpecifier());
    }

    Specifiers specifierQualifiers(ParserRuleContext owner, List<LockstepParser.SpecifierQualifierContext> items)
            throws InputException {
        return specifiers(owner, items);
    }

    TypeRef typeName(LockstepParser.TypeNameContext ctx) throws InputException {
        Specifiers specs = specifiers(ctx, ctx.specifierQualifier());
        return ctx.abstractDeclarator() == null ? specs.base()
                : declarators.abstractDeclarator(specs.base(), ctx.abstractDeclarator());
    }

    private Specifiers specifiers(ParserRuleContext owner, List<? extends ParserRuleContext> items) throws InputException {
        List<String> storage = new ArrayList<>();
        List<String> basic = new ArrayList<>();
        List<String> qualifiers = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        List<Decl> hoisted = new ArrayList<>();
        Specifiers.Kind kind = Specifiers.Kind.OBJECT;
        TypeRef named = null;
        TypeRef.Struct forward = null;
        Span span = Spans.of(owner);
        Span typeSpan = null;
        for (ParserRuleContext item : items) {
            LockstepParser.TypeSpecifierContext typeSpecifier = item.getRuleContext(LockstepParser.TypeSpecifierContext.class, 0);
            LockstepParser.TypeQualifierContext qualifier = item.getRuleContext(LockstepParser.TypeQualifierContext.class, 0);
            LockstepParser.StorageClassContext storageClass = item.getRuleContext(LockstepParser.StorageClassContext.class, 0);
            LockstepParser.AnnotationContext annotation = item.getRuleContext(LockstepParser.AnnotationContext.class, 0);
            if (storageClass != null) {
                if (storageClass.TYPEDEF() != null) {
                    kind = Specifiers.Kind.TYPEDEF;
                } else {
                    storage.add(storageClass.INLINE() != null ? "inline" : storageClass.getText());
                }
            } else if (qualifier != null) {
                qualifiers.add(qualifierName(qualifier));
            } else if (annotation != null) {
                annotations.add(ast.annotations.annotation(annotation));
            } else if (typeSpecifier != null) {
                typeSpan = typeSpan == null ? Spans.of(typeSpecifier) : typeSpan.to(Spans.of(typeSpecifier));
                if (typeSpecifier instanceof LockstepParser.BasicTypeSpecifierContext b) {
                    basic.add(b.getText());
                    continue;
                }
                if (named != null) {
                    throw new InputException(Diagnostic.error(Spans.of(typeSpecifier),
                            "two or more data types in declaration specifiers"));
                }
                named = namedType(typeSpecifier, hoisted);
                if (typeSpecifier instanceof LockstepParser.StructTypeSpecifierContext s
                        && s.structSpecifier().LBRACE() == null) {
                    forward = (TypeRef.Struct) named;
                }
            }
        }
        if (named != null && !basic.isEmpty()) {
            throw new InputException(Diagnostic.error(typeSpan, "two or more data types in declaration specifiers"));
        }
        TypeRef base = named != null ? named
                : new TypeRef.Named(ScalarNames.canonical(basic, typeSpan == null ? span : typeSpan),
                        typeSpan == null ? span : typeSpan);
        if (!qualifiers.isEmpty()) {
            base = new TypeRef.Qualified(List.copyOf(qualifiers), base, span);
        }
        return new Specifiers(List.copyOf(storage), kind, base, List.copyOf(annotations), List.copyOf(hoisted), forward);
    }

    static String qualifierName(LockstepParser.TypeQualifierContext q) {
        if (q.CONST() != null) {
            return "const";
        } else if (q.VOLATILE() != null) {
            return "volatile";
        } else if (q.RESTRICT() != null) {
            return "restrict";
        }
        return q.getText();
    }

    private TypeRef namedType(LockstepParser.TypeSpecifierContext ctx, List<Decl> hoisted) throws InputException {
        Span span = Spans.of(ctx);
        if (ctx instanceof LockstepParser.TypedefNameSpecifierContext t) {
            return new TypeRef.Named(t.TYPEDEF_NAME().getText(), span);
        } else if (ctx instanceof LockstepParser.StructTypeSpecifierContext s) {
            return struct(s.structSpecifier(), hoisted);
        } else if (ctx instanceof LockstepParser.EnumTypeSpecifierContext e) {
            return enumeration(e.enumSpecifier(), hoisted);
        } else if (ctx instanceof LockstepParser.TypeofSpecifierContext t) {
            return t.typeName() != null ? typeName(t.typeName()) : new TypeRef.TypeOf(ast.exprs.expression(t.expression()), span);
        }
        throw new IllegalStateException("unknown type specifier " + ctx.getClass().getSimpleName());
    }

    private TypeRef struct(LockstepParser.StructSpecifierContext ctx, List<Decl> hoisted) throws InputException {
        TypeRef.StructKind kind = ctx.structKind().UNION() != null ? TypeRef.StructKind.UNION : TypeRef.StructKind.STRUCT;
        Span span = Spans.of(ctx);
        String tag = ctx.IDENT() != null ? ctx.IDENT().getText()
                : ast.anonymousTag(kind == TypeRef.StructKind.UNION ? "union" : "struct");
        if (ctx.LBRACE() != null) {
            List<Decl.Field> fields = new ArrayList<>();
            for (LockstepParser.StructMemberContext member : ctx.structMember()) {
                fields.addAll(fields(member, hoisted));
            }
            hoisted.add(new Decl.StructDecl(tag, kind, List.copyOf(fields), span));
        }
        return new TypeRef.Struct(tag, kind, span);
    }

    private List<Decl.Field> fields(LockstepParser.StructMemberContext member, List<Decl> hoisted) throws InputException {
        if (member.specifierQualifier().isEmpty()) {
            return List.of();
        }
        Specifiers specs = specifiers(member, member.specifierQualifier());
        hoisted.addAll(specs.hoisted());
        List<Decl.Field> fields = new ArrayList<>();
        if (member.structDeclarator().isEmpty()) {
            TypeRef inner = specs.base() instanceof TypeRef.Qualified q ? q.inner() : specs.base();
            if (inner instanceof TypeRef.Struct) {
                fields.add(new Decl.Field(specs.base(), null, List.of(), Spans.of(member)));
            }
            return fields;
        }
        for (LockstepParser.StructDeclaratorContext d : member.structDeclarator()) {
            if (d.declarator() != null) {
                DeclaratorFolder.Declared declared = declarators.declarator(specs.base(), d.declarator());
                List<Annotation> annotations = new ArrayList<>();
                for (LockstepParser.DeclaratorTrailerContext trailer : d.declaratorTrailer()) {
                    if (trailer.annotation() != null) {
                        annotations.add(ast.annotations.annotation(trailer.annotation()));
                    }
                }
                fields.add(new Decl.Field(declared.type(), declared.name(), List.copyOf(annotations),
                        Spans.between(member.getStart(), d.getStop())));
            }
        }
        return fields;
    }

    private TypeRef enumeration(LockstepParser.EnumSpecifierContext ctx, List<Decl> hoisted) throws InputException {
        Span span = Spans.of(ctx);
        String tag = ctx.IDENT() != null ? ctx.IDENT().getText() : ast.anonymousTag("enum");
        if (ctx.LBRACE() != null) {
            List<Decl.Enumerator> enumerators = new ArrayList<>();
            for (LockstepParser.EnumeratorContext e : ctx.enumerator()) {
                enumerators.add(new Decl.Enumerator(e.IDENT().getText(), e.expr() == null ? null : ast.exprs.expr(e.expr()),
                        Spans.of(e)));
            }
            hoisted.add(new Decl.EnumDecl(tag, List.copyOf(enumerators), span));
        }
        return new TypeRef.Enum(tag, span);
    }
}
