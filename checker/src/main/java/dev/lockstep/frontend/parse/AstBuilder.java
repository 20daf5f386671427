package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.frontend.ast.TranslationUnit;
import dev.lockstep.grammar.LockstepParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse tree to AST. One instance per parsed input: it numbers anonymous structs, unions and
 * enums ({@code __anon_struct_1}) so every type has a tag. The work is shared by the expression,
 * type, statement, declaration, annotation and litmus builders.
 */
public final class AstBuilder {

    /**
     * Expressions and statements nested deeper than this (operands of operands, thousands of
     * {@code +} or {@code &&} in a row, {@code if} inside {@code if} or a chain of {@code else if})
     * are refused: every later stage walks them recursively.
     */
    public static final int DEPTH_LIMIT = 4_096;

    final ExprBuilder exprs = new ExprBuilder(this);
    final TypeBuilder types = new TypeBuilder(this);
    final StmtBuilder stmts = new StmtBuilder(this);
    final DeclBuilder decls = new DeclBuilder(this);
    final AnnotationBuilder annotations = new AnnotationBuilder(this);
    private int anonymous;
    /** The function whose body is being built (C99's {@code __func__} names it), or null. */
    private String function;

    /** Builds a function's body with {@code name} as what {@code __func__} spells. */
    Stmt.Block functionBody(String name, LockstepParser.CompoundStatementContext body) throws InputException {
        String outer = function;
        function = name;
        try {
            return stmts.block(body);
        } finally {
            function = outer;
        }
    }

    /** The enclosing function's name, for {@code __func__}; null outside a function body. */
    String enclosingFunction() {
        return function;
    }

    /** A fresh tag for an anonymous struct, union or enum definition. */
    String anonymousTag(String kind) {
        anonymous++;
        return "__anon_" + kind + "_" + anonymous;
    }

    public TranslationUnit translationUnit(String file, LockstepParser.TranslationUnitContext ctx) throws InputException {
        List<Decl> out = new ArrayList<>();
        for (LockstepParser.ExternalDeclarationContext external : ctx.externalDeclaration()) {
            out.addAll(decls.external(external));
        }
        return new TranslationUnit(file, List.copyOf(out));
    }

    public Litmus litmus(String file, LockstepParser.LitmusTestContext ctx) throws InputException {
        return new LitmusBuilder(this).litmus(file, ctx);
    }

    public Expr constantExpression(LockstepParser.ConstantExpressionContext ctx) throws InputException {
        return exprs.expr(ctx.expr());
    }
}
