package dev.lockstep.frontend.ast;

import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * A C type as written, after the declarator has been folded into it: {@code int *a[3]} is
 * {@code Array(Pointer(Named int), 3)}. Qualifiers ({@code const}, {@code volatile}, sparse's
 * {@code __rcu}, {@code __user}, {@code __iomem}) wrap the type they qualify.
 */
public sealed interface TypeRef extends Node {

    /** A scalar keyword sequence ({@code unsigned long}), a typedef name or a kernel type ({@code spinlock_t}). */
    record Named(String name, Span span) implements TypeRef {}

    /** {@code struct tag} or {@code union tag}; the fields live in a {@link Decl.StructDecl}. */
    record Struct(String tag, StructKind kind, Span span) implements TypeRef {}

    /** {@code enum tag}. */
    record Enum(String tag, Span span) implements TypeRef {}

    record Pointer(TypeRef target, Span span) implements TypeRef {}

    /** {@code size} is null for {@code T x[]} (the size comes from the initializer). */
    record Array(TypeRef element, Expr size, Span span) implements TypeRef {}

    record Function(TypeRef returns, List<Param> params, Variadic variadic, Span span) implements TypeRef {}

    record Qualified(List<String> qualifiers, TypeRef inner, Span span) implements TypeRef {}

    /** {@code typeof(expr)} (also spelled {@code __typeof__}). */
    record TypeOf(Expr expr, Span span) implements TypeRef {}

    enum StructKind { STRUCT, UNION }

    enum Variadic { FIXED, VARIADIC }
}
