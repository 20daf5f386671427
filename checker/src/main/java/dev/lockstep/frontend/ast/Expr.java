package dev.lockstep.frontend.ast;

import dev.lockstep.frontend.Span;
import java.util.List;

/** C expressions of the dialect. Operators are kept as their source spelling ({@code "+="}, {@code "->"}). */
public sealed interface Expr extends Node {

    /** An integer literal; {@code text} is the spelling ({@code 0x10UL}), {@code value} its value. */
    record IntLit(long value, String text, Span span) implements Expr {}

    /** A character literal such as {@code 'a'}; {@code text} keeps the quotes. */
    record CharLit(long value, String text, Span span) implements Expr {}

    /** A string literal, adjacent ones already concatenated; {@code text} is the unquoted, unescaped value. */
    record StringLit(String text, Span span) implements Expr {}

    record Name(String name, Span span) implements Expr {}

    /** Prefix operators: {@code - + ! ~ & * ++ --}. */
    record Unary(String op, Expr operand, Span span) implements Expr {}

    /** Postfix {@code ++} and {@code --}. */
    record Postfix(String op, Expr operand, Span span) implements Expr {}

    record Binary(String op, Expr left, Expr right, Span span) implements Expr {}

    /** {@code =} and the compound assignments. */
    record Assign(String op, Expr target, Expr value, Span span) implements Expr {}

    record Conditional(Expr condition, Expr then, Expr otherwise, Span span) implements Expr {}

    record Call(Expr callee, List<Expr> args, Span span) implements Expr {}

    record Index(Expr array, Expr index, Span span) implements Expr {}

    /** {@code obj.field} or {@code obj->field}. */
    record Member(Expr object, String field, Access access, Span span) implements Expr {}

    record Cast(TypeRef type, Expr operand, Span span) implements Expr {}

    record SizeofType(TypeRef type, Span span) implements Expr {}

    record SizeofExpr(Expr operand, Span span) implements Expr {}

    /** {@code a, b}: evaluates left to right, value of the last. */
    record Comma(List<Expr> exprs, Span span) implements Expr {}

    /** GNU statement expression {@code ({ ...; value; })}, as kernel macros write them. */
    record StatementExpr(Stmt.Block block, Span span) implements Expr {}

    /** {@code container_of(ptr, type, member)}. */
    record ContainerOf(Expr pointer, TypeRef type, String member, Span span) implements Expr {}

    /** {@code offsetof(type, member)}. */
    record OffsetOf(TypeRef type, String member, Span span) implements Expr {}

    /** A brace initializer {@code { .a = 1, [2] = x, 3 }}; also a compound literal's body. */
    record InitList(List<InitItem> items, Span span) implements Expr {}

    /** {@code (type){ ... }}. */
    record CompoundLiteral(TypeRef type, InitList init, Span span) implements Expr {}

    /** One element of a brace initializer with its designators ({@code .field}, {@code [index]}). */
    record InitItem(List<Designator> designators, Expr value, Span span) implements Node {}

    sealed interface Designator extends Node {
        record Field(String name, Span span) implements Designator {}

        record Element(Expr index, Span span) implements Designator {}
    }

    enum Access { DOT, ARROW }
}
