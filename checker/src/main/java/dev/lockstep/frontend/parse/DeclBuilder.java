package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.frontend.ast.TypeRef;
import dev.lockstep.grammar.LockstepParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Declarations, one {@link Decl} per declared name (struct, union and enum definitions first),
 * function definitions and {@code __entry} registrations.
 */
final class DeclBuilder {

    private final AstBuilder ast;

    DeclBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    List<Decl> external(LockstepParser.ExternalDeclarationContext ctx) throws InputException {
        if (ctx.functionDefinition() != null) {
            return function(ctx.functionDefinition());
        } else if (ctx.declaration() != null) {
            return declaration(ctx.declaration());
        } else if (ctx.entryRegistration() != null) {
            LockstepParser.EntryRegistrationContext entry = ctx.entryRegistration();
            return List.of(new Decl.Entry(ast.annotations.annotation(entry.annotation()), entry.IDENT().getText(),
                    Spans.of(entry)));
        }
        return List.of();
    }

    List<Decl> declaration(LockstepParser.DeclarationContext ctx) throws InputException {
        Specifiers specs = ast.types.declarationSpecifiers(ctx.declarationSpecifiers());
        List<Decl> out = new ArrayList<>(specs.hoisted());
        if (ctx.initDeclarator().isEmpty()) {
            if (specs.forwardStruct() != null && specs.kind() == Specifiers.Kind.OBJECT) {
                TypeRef.Struct s = specs.forwardStruct();
                out.add(new Decl.StructDecl(s.tag(), s.kind(), null, Spans.of(ctx)));
            }
            return out;
        }
        for (LockstepParser.InitDeclaratorContext init : ctx.initDeclarator()) {
            DeclaratorFolder.Declared declared = ast.types.declarators.declarator(specs.base(), init.declarator());
            Span span = Spans.between(ctx.getStart(), init.getStop());
            List<Annotation> annotations = annotations(specs, init.declaratorTrailer());
            if (specs.kind() == Specifiers.Kind.TYPEDEF) {
                if (init.initializer() != null) {
                    throw new InputException(Diagnostic.error(Spans.of(init.initializer()),
                            "typedef '" + declared.name() + "' is initialized"));
                }
                out.add(new Decl.Typedef(declared.type(), declared.name(), span));
            } else if (declared.type() instanceof TypeRef.Function f) {
                if (init.initializer() != null) {
                    throw new InputException(Diagnostic.error(Spans.of(init.initializer()),
                            "function '" + declared.name() + "' is initialized like a variable"));
                }
                out.add(new Decl.Function(specs.storage(), f.returns(), declared.name(), f.params(), f.variadic(),
                        annotations, null, span));
            } else {
                Expr value = init.initializer() == null ? null : ast.exprs.initializer(init.initializer());
                out.add(new Decl.Var(specs.storage(), declared.type(), declared.name(), value, annotations, span));
            }
        }
        return out;
    }

    private List<Decl> function(LockstepParser.FunctionDefinitionContext ctx) throws InputException {
        Specifiers specs = ast.types.declarationSpecifiers(ctx.declarationSpecifiers());
        DeclaratorFolder.Declared declared = ast.types.declarators.declarator(specs.base(), ctx.declarator());
        if (!(declared.type() instanceof TypeRef.Function f) || specs.kind() == Specifiers.Kind.TYPEDEF) {
            throw new InputException(Diagnostic.error(Spans.of(ctx.compoundStatement()),
                    "expected ';' after declaration of '" + declared.name() + "'"));
        }
        List<Decl> out = new ArrayList<>(specs.hoisted());
        Stmt.Block body = ast.stmts.block(ctx.compoundStatement());
        out.add(new Decl.Function(specs.storage(), f.returns(), declared.name(), f.params(), f.variadic(),
                annotations(specs, ctx.declaratorTrailer()), body, Spans.of(ctx)));
        return out;
    }

    private List<Annotation> annotations(Specifiers specs, List<LockstepParser.DeclaratorTrailerContext> trailers)
            throws InputException {
        if (trailers.isEmpty()) {
            return specs.annotations();
        }
        List<Annotation> all = new ArrayList<>(specs.annotations());
        for (LockstepParser.DeclaratorTrailerContext trailer : trailers) {
            if (trailer.annotation() != null) {
                all.add(ast.annotations.annotation(trailer.annotation()));
            }
        }
        return List.copyOf(all);
    }
}
