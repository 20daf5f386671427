package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.grammar.LockstepParser;
import java.util.ArrayList;
import java.util.List;

/** Statements of the parse tree as {@link Stmt} records. */
final class StmtBuilder {

    private final AstBuilder ast;
    private int depth;

    StmtBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    Stmt.Block block(LockstepParser.CompoundStatementContext ctx) throws InputException {
        List<Stmt> items = new ArrayList<>(ctx.blockItem().size());
        for (LockstepParser.BlockItemContext item : ctx.blockItem()) {
            if (item.declaration() != null) {
                items.add(new Stmt.Declaration(ast.decls.declaration(item.declaration()), Spans.of(item)));
            } else {
                items.add(statement(item.statement()));
            }
        }
        return new Stmt.Block(List.copyOf(items), Spans.of(ctx));
    }

    Stmt statement(LockstepParser.StatementContext ctx) throws InputException {
        if (++depth > AstBuilder.DEPTH_LIMIT) {
            throw new InputException(Diagnostic.error(Spans.of(ctx),
                    "statements nested more than " + AstBuilder.DEPTH_LIMIT + " deep"));
        }
        try {
            return statementForm(ctx);
        } finally {
            depth--;
        }
    }

    private Stmt statementForm(LockstepParser.StatementContext ctx) throws InputException {
        Span span = Spans.of(ctx);
        if (ctx instanceof LockstepParser.ExprStmtContext e) {
            return new Stmt.ExprStmt(ast.exprs.expression(e.expression()), span);
        } else if (ctx instanceof LockstepParser.BlockStmtContext b) {
            return block(b.compoundStatement());
        } else if (ctx instanceof LockstepParser.IfStmtContext i) {
            Stmt otherwise = i.statement().size() > 1 ? statement(i.statement(1)) : null;
            return new Stmt.If(ast.exprs.expression(i.expression()), statement(i.statement(0)), otherwise, span);
        } else if (ctx instanceof LockstepParser.ReturnStmtContext r) {
            return new Stmt.Return(r.expression() == null ? null : ast.exprs.expression(r.expression()), span);
        } else if (ctx instanceof LockstepParser.ForStmtContext f) {
            return forLoop(f, span);
        } else if (ctx instanceof LockstepParser.WhileStmtContext w) {
            return new Stmt.While(ast.exprs.expression(w.expression()), statement(w.statement()), span);
        } else if (ctx instanceof LockstepParser.DoWhileStmtContext d) {
            return new Stmt.DoWhile(statement(d.statement()), ast.exprs.expression(d.expression()), span);
        } else if (ctx instanceof LockstepParser.SwitchStmtContext s) {
            return new Stmt.Switch(ast.exprs.expression(s.expression()), statement(s.statement()), span);
        } else if (ctx instanceof LockstepParser.CaseStmtContext c) {
            Expr upTo = c.expr().size() > 1 ? ast.exprs.expr(c.expr(1)) : null;
            return new Stmt.Case(ast.exprs.expr(c.expr(0)), upTo, statement(c.statement()), span);
        } else if (ctx instanceof LockstepParser.DefaultStmtContext d) {
            return new Stmt.Default(statement(d.statement()), span);
        } else if (ctx instanceof LockstepParser.LabeledStmtContext l) {
            return new Stmt.Labeled(l.IDENT().getText(), statement(l.statement()), span);
        } else if (ctx instanceof LockstepParser.GotoStmtContext g) {
            return new Stmt.Goto(g.IDENT().getText(), span);
        } else if (ctx instanceof LockstepParser.BreakStmtContext) {
            return new Stmt.Break(span);
        } else if (ctx instanceof LockstepParser.ContinueStmtContext) {
            return new Stmt.Continue(span);
        } else if (ctx instanceof LockstepParser.EmptyStmtContext || ctx instanceof LockstepParser.AttributeStmtContext) {
            return new Stmt.Empty(span);
        } else if (ctx instanceof LockstepParser.AsmStmtContext) {
            return new Stmt.ExprStmt(new Expr.Call(new Expr.Name(Stmt.INLINE_ASM, span), List.of(), span), span);
        }
        throw new IllegalStateException("unknown statement form " + ctx.getClass().getSimpleName());
    }

    private Stmt forLoop(LockstepParser.ForStmtContext f, Span span) throws InputException {
        LockstepParser.ForInitContext init = f.forInit();
        Stmt initStmt = null;
        if (init.declaration() != null) {
            initStmt = new Stmt.Declaration(ast.decls.declaration(init.declaration()), Spans.of(init));
        } else if (init.expression() != null) {
            initStmt = new Stmt.ExprStmt(ast.exprs.expression(init.expression()), Spans.of(init));
        }
        List<LockstepParser.ExpressionContext> parts = f.expression();
        Expr condition = null;
        Expr step = null;
        int semis = 0;
        int part = 0;
        for (int i = 0; i < f.getChildCount(); i++) {
            if (f.getChild(i) instanceof org.antlr.v4.runtime.tree.TerminalNode t && t.getSymbol().getType() == LockstepParser.SEMI) {
                semis++;
            } else if (f.getChild(i) instanceof LockstepParser.ExpressionContext) {
                Expr e = ast.exprs.expression(parts.get(part++));
                if (semis == 0) {
                    condition = e;
                } else {
                    step = e;
                }
            }
        }
        return new Stmt.For(initStmt, condition, step, statement(f.statement()), span);
    }
}
