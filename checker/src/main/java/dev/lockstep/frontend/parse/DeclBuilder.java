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
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Declarations, one {@link Decl} per declared name (struct, union and enum definitions first),
 * function definitions and {@code __entry} registrations.
 */
final class DeclBuilder {

    private final AstBuilder ast;

    DeclBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    /** One declarator of a declaration with its trailing annotations and initializer. */
    private record InitDecl(LockstepParser.DeclaratorContext declarator,
            List<LockstepParser.DeclaratorTrailerContext> trailers, LockstepParser.InitializerContext init, Token stop) {}

    List<Decl> external(LockstepParser.ExternalDeclarationContext ctx) throws InputException {
        if (ctx.entryRegistration() != null) {
            LockstepParser.EntryRegistrationContext entry = ctx.entryRegistration();
            return List.of(new Decl.Entry(ast.annotations.annotation(entry.annotation()), entry.IDENT().getText(),
                    Spans.of(entry)));
        } else if (ctx.declarationSpecifiers() == null) {
            return List.of();
        }
        Specifiers specs = ast.types.declarationSpecifiers(ctx.declarationSpecifiers());
        if (ctx.compoundStatement() != null) {
            return function(ctx, specs);
        }
        List<InitDecl> declarators = new ArrayList<>();
        if (ctx.declarator() != null) {
            LockstepParser.InitializerTailContext tail = ctx.initializerTail();
            Token stop = tail.initializer() != null ? tail.initializer().getStop()
                    : ctx.declaratorTrailer().isEmpty() ? ctx.declarator().getStop()
                    : ctx.declaratorTrailer(ctx.declaratorTrailer().size() - 1).getStop();
            declarators.add(new InitDecl(ctx.declarator(), ctx.declaratorTrailer(), tail.initializer(), stop));
            for (LockstepParser.InitDeclaratorContext init : tail.initDeclarator()) {
                declarators.add(initDecl(init));
            }
        }
        return declaration(specs, declarators, ctx);
    }

    List<Decl> declaration(LockstepParser.DeclarationContext ctx) throws InputException {
        Specifiers specs = ast.types.declarationSpecifiers(ctx.declarationSpecifiers());
        List<InitDecl> declarators = new ArrayList<>();
        for (LockstepParser.InitDeclaratorContext init : ctx.initDeclarator()) {
            declarators.add(initDecl(init));
        }
        return declaration(specs, declarators, ctx);
    }

    private static InitDecl initDecl(LockstepParser.InitDeclaratorContext init) {
        return new InitDecl(init.declarator(), init.declaratorTrailer(), init.initializer(), init.getStop());
    }

    private List<Decl> declaration(Specifiers specs, List<InitDecl> declarators, ParserRuleContext ctx)
            throws InputException {
        List<Decl> out = new ArrayList<>(specs.hoisted());
        if (declarators.isEmpty()) {
            if (specs.forwardStruct() != null && specs.kind() == Specifiers.Kind.OBJECT) {
                TypeRef.Struct s = specs.forwardStruct();
                out.add(new Decl.StructDecl(s.tag(), s.kind(), null, Spans.of(ctx)));
            }
            return out;
        }
        for (InitDecl init : declarators) {
            DeclaratorFolder.Declared declared = ast.types.declarators.declarator(specs.base(), init.declarator());
            Span span = Spans.between(ctx.getStart(), init.stop());
            List<Annotation> annotations = annotations(specs, init.trailers());
            if (specs.kind() == Specifiers.Kind.TYPEDEF) {
                if (init.init() != null) {
                    throw new InputException(Diagnostic.error(Spans.of(init.init()),
                            "typedef '" + declared.name() + "' is initialized"));
                }
                out.add(new Decl.Typedef(declared.type(), declared.name(), span));
            } else if (declared.type() instanceof TypeRef.Function f) {
                if (init.init() != null) {
                    throw new InputException(Diagnostic.error(Spans.of(init.init()),
                            "function '" + declared.name() + "' is initialized like a variable"));
                }
                out.add(new Decl.Function(specs.storage(), f.returns(), declared.name(), f.params(), f.variadic(),
                        annotations, null, span));
            } else {
                Expr value = init.init() == null ? null : ast.exprs.initializer(init.init());
                out.add(new Decl.Var(specs.storage(), declared.type(), declared.name(), value, annotations, span));
            }
        }
        return out;
    }

    private List<Decl> function(LockstepParser.ExternalDeclarationContext ctx, Specifiers specs) throws InputException {
        DeclaratorFolder.Declared declared = ast.types.declarators.declarator(specs.base(), ctx.declarator());
        if (!(declared.type() instanceof TypeRef.Function f) || specs.kind() == Specifiers.Kind.TYPEDEF) {
            throw new InputException(Diagnostic.error(Spans.of(ctx.compoundStatement()),
                    "expected ';' after declaration of '" + declared.name() + "'"));
        }
        List<Decl> out = new ArrayList<>(specs.hoisted());
        Stmt.Block body = ast.functionBody(declared.name(), ctx.compoundStatement());
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
            } else {
                Annotation cleanup = CleanupAttribute.of(trailer.attribute());
                if (cleanup != null) {
                    all.add(cleanup);
                }
            }
        }
        return List.copyOf(all);
    }
}
