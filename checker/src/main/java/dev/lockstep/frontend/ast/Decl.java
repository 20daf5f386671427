package dev.lockstep.frontend.ast;

import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * Declarations, one name each: {@code int a, b;} is two {@link Var}s, and {@code struct s {..} x;}
 * a {@link StructDecl} followed by a {@link Var}.
 */
public sealed interface Decl extends Node {

    /**
     * A variable (global or local). {@code storage} holds {@code static}, {@code extern},
     * {@code register}, {@code inline} as written; {@code init} is null when absent.
     */
    record Var(List<String> storage, TypeRef type, String name, Expr init, List<Annotation> annotations, Span span)
            implements Decl {}

    /**
     * A function definition ({@code body} non-null) or prototype. Annotations gather those written
     * before the name ({@code static int __init f(void)}) and after the parameters
     * ({@code void f(void) __acquires(l);}).
     */
    record Function(List<String> storage, TypeRef returns, String name, List<Param> params,
            TypeRef.Variadic variadic, List<Annotation> annotations, Stmt.Block body, Span span) implements Decl {}

    /** A struct or union definition; {@code fields} is null for a forward declaration. */
    record StructDecl(String tag, TypeRef.StructKind kind, List<Field> fields, Span span) implements Decl {}

    /**
     * A member; {@code annotations} are the context annotations written after its declarator
     * ({@code int (*open)(struct inode *, struct file *) __process;}): a function stored in the
     * member becomes an entry point of that context.
     */
    record Field(TypeRef type, String name, List<Annotation> annotations, Span span) implements Node {}

    record EnumDecl(String tag, List<Enumerator> enumerators, Span span) implements Decl {}

    /** {@code value} is null when implicit. */
    record Enumerator(String name, Expr value, Span span) implements Node {}

    record Typedef(TypeRef type, String name, Span span) implements Decl {}

    /**
     * A registration at file scope, as the stdlib's {@code module_init}, {@code DECLARE_TASKLET} and
     * friends expand: {@code __entry(__init, my_init);} gives {@code function} the context of the annotation.
     */
    record Entry(Annotation context, String function, Span span) implements Decl {}
}
