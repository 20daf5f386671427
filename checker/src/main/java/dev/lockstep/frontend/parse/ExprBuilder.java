package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.grammar.LockstepParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Expressions, initializers and designators of the parse tree as {@link Expr} records. */
final class ExprBuilder {

    /** C99's {@code __func__} and GCC's synonyms: a string literal of the enclosing function's name. */
    private static final Set<String> FUNCTION_NAMES = Set.of("__func__", "__FUNCTION__",
            "__PRETTY_FUNCTION__");

    private final AstBuilder ast;
    private int depth;

    ExprBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    Expr expression(LockstepParser.ExpressionContext ctx) throws InputException {
        List<LockstepParser.ExprContext> parts = ctx.expr();
        if (parts.size() == 1) {
            return expr(parts.get(0));
        }
        List<Expr> exprs = new ArrayList<>(parts.size());
        for (LockstepParser.ExprContext part : parts) {
            exprs.add(expr(part));
        }
        return new Expr.Comma(List.copyOf(exprs), Spans.of(ctx));
    }

    Expr expr(LockstepParser.ExprContext ctx) throws InputException {
        if (++depth > AstBuilder.DEPTH_LIMIT) {
            throw new InputException(Diagnostic.error(Spans.of(ctx),
                    "expression nested more than " + AstBuilder.DEPTH_LIMIT + " operators deep"));
        }
        try {
            return exprForm(ctx);
        } finally {
            depth--;
        }
    }

    private Expr exprForm(LockstepParser.ExprContext ctx) throws InputException {
        Span span = Spans.of(ctx);
        if (ctx instanceof LockstepParser.PrimaryContext p) {
            return primary(p.primaryExpr());
        } else if (ctx instanceof LockstepParser.BinaryContext b) {
            return new Expr.Binary(b.op.getText(), expr(b.expr(0)), expr(b.expr(1)), span);
        } else if (ctx instanceof LockstepParser.CallContext c) {
            List<Expr> args = new ArrayList<>();
            if (c.argumentList() != null) {
                for (LockstepParser.ExprContext arg : c.argumentList().expr()) {
                    args.add(expr(arg));
                }
            }
            return new Expr.Call(expr(c.expr()), List.copyOf(args), span);
        } else if (ctx instanceof LockstepParser.MemberContext m) {
            Expr.Access access = m.op.getType() == LockstepParser.DOT ? Expr.Access.DOT : Expr.Access.ARROW;
            return new Expr.Member(expr(m.expr()), m.memberName().getText(), access, span);
        } else if (ctx instanceof LockstepParser.AssignContext a) {
            return new Expr.Assign(a.assignOp().getText(), expr(a.expr(0)), expr(a.expr(1)), span);
        } else if (ctx instanceof LockstepParser.UnaryContext u) {
            return new Expr.Unary(u.op.getText(), expr(u.expr()), span);
        } else if (ctx instanceof LockstepParser.IndexContext i) {
            return new Expr.Index(expr(i.expr()), expression(i.expression()), span);
        } else if (ctx instanceof LockstepParser.PostfixContext p) {
            return new Expr.Postfix(p.op.getText(), expr(p.expr()), span);
        } else if (ctx instanceof LockstepParser.CastContext c) {
            return new Expr.Cast(ast.types.typeName(c.typeName()), expr(c.expr()), span);
        } else if (ctx instanceof LockstepParser.ConditionalContext c) {
            Expr then = c.expression() == null ? null : expression(c.expression());
            return new Expr.Conditional(expr(c.expr(0)), then, expr(c.expr(1)), span);
        } else if (ctx instanceof LockstepParser.SizeofTypeContext s) {
            return new Expr.SizeofType(ast.types.typeName(s.typeName()), span);
        } else if (ctx instanceof LockstepParser.SizeofExprContext s) {
            return new Expr.SizeofExpr(expr(s.expr()), span);
        }
        throw new IllegalStateException("unknown expression form " + ctx.getClass().getSimpleName());
    }

    private Expr primary(LockstepParser.PrimaryExprContext ctx) throws InputException {
        Span span = Spans.of(ctx);
        if (ctx instanceof LockstepParser.NameExprContext n) {
            String name = n.IDENT().getText();
            if (FUNCTION_NAMES.contains(name) && ast.enclosingFunction() != null) {
                return new Expr.StringLit(ast.enclosingFunction(), span);
            }
            return new Expr.Name(name, span);
        } else if (ctx instanceof LockstepParser.NumberExprContext n) {
            String text = n.NUMBER().getText();
            return new Expr.IntLit(LiteralValues.integer(text, span), text, span);
        } else if (ctx instanceof LockstepParser.CharExprContext c) {
            String text = c.CHAR_LITERAL().getText();
            return new Expr.CharLit(LiteralValues.character(text, span), text, span);
        } else if (ctx instanceof LockstepParser.StringExprContext s) {
            StringBuilder value = new StringBuilder();
            for (TerminalNode part : s.STRING_LITERAL()) {
                value.append(LiteralValues.string(part.getText(), Spans.of(part)));
            }
            return new Expr.StringLit(value.toString(), span);
        } else if (ctx instanceof LockstepParser.ParenExprContext p) {
            return expression(p.expression());
        } else if (ctx instanceof LockstepParser.StatementExprContext s) {
            return new Expr.StatementExpr(ast.stmts.block(s.compoundStatement()), span);
        } else if (ctx instanceof LockstepParser.CompoundLiteralContext c) {
            return new Expr.CompoundLiteral(ast.types.typeName(c.typeName()), initList(c.initializerList()), span);
        } else if (ctx instanceof LockstepParser.ContainerOfContext c) {
            return new Expr.ContainerOf(expr(c.expr()), ast.types.typeName(c.typeName()),
                    c.memberDesignator().getText(), span);
        } else if (ctx instanceof LockstepParser.OffsetOfContext o) {
            return new Expr.OffsetOf(ast.types.typeName(o.typeName()), o.memberDesignator().getText(), span);
        }
        throw new IllegalStateException("unknown primary expression form " + ctx.getClass().getSimpleName());
    }

    Expr initializer(LockstepParser.InitializerContext ctx) throws InputException {
        return ctx.expr() != null ? expr(ctx.expr()) : initList(ctx.initializerList());
    }

    Expr.InitList initList(LockstepParser.InitializerListContext ctx) throws InputException {
        List<Expr.InitItem> items = new ArrayList<>();
        for (LockstepParser.InitItemContext item : ctx.initItem()) {
            List<Expr.Designator> designators = new ArrayList<>();
            for (LockstepParser.DesignatorContext d : item.designator()) {
                if (d instanceof LockstepParser.FieldDesignatorContext f) {
                    designators.add(new Expr.Designator.Field(f.memberName().getText(), Spans.of(f)));
                } else if (d instanceof LockstepParser.ElementDesignatorContext e) {
                    designators.add(new Expr.Designator.Element(expr(e.expr()), Spans.of(e)));
                }
            }
            items.add(new Expr.InitItem(List.copyOf(designators), initializer(item.initializer()), Spans.of(item)));
        }
        return new Expr.InitList(List.copyOf(items), Spans.of(ctx));
    }
}
