package dev.lockstep.frontend.ast;

import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * C statements. An inline {@code asm} statement, which the checker cannot read, is the expression
 * statement {@code __ls_asm();} (the intrinsic {@link #INLINE_ASM}).
 */
public sealed interface Stmt extends Node {

    /** The intrinsic an inline {@code asm} statement becomes. */
    String INLINE_ASM = "__ls_asm";

    record Block(List<Stmt> items, Span span) implements Stmt {}

    /** Declarations inside a block; {@code int a, b = 2;} holds two. */
    record Declaration(List<Decl> decls, Span span) implements Stmt {}

    record ExprStmt(Expr expr, Span span) implements Stmt {}

    /** {@code otherwise} is null when there is no {@code else}. */
    record If(Expr condition, Stmt then, Stmt otherwise, Span span) implements Stmt {}

    record While(Expr condition, Stmt body, Span span) implements Stmt {}

    record DoWhile(Stmt body, Expr condition, Span span) implements Stmt {}

    /** Every part may be null; {@code init} is a {@link Declaration} or an {@link ExprStmt}. */
    record For(Stmt init, Expr condition, Expr step, Stmt body, Span span) implements Stmt {}

    record Switch(Expr selector, Stmt body, Span span) implements Stmt {}

    /** {@code case value: body}; {@code upTo} is GNU's case range end, or null. */
    record Case(Expr value, Expr upTo, Stmt body, Span span) implements Stmt {}

    record Default(Stmt body, Span span) implements Stmt {}

    record Labeled(String label, Stmt body, Span span) implements Stmt {}

    record Goto(String label, Span span) implements Stmt {}

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}

    /** {@code value} is null for a bare {@code return;}. */
    record Return(Expr value, Span span) implements Stmt {}

    record Empty(Span span) implements Stmt {}
}
