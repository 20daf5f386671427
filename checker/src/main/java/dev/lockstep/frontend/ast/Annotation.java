package dev.lockstep.frontend.ast;

import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * A context annotation or sparse contract as written: {@code __hardirq(cpu = 0)},
 * {@code __acquires(&dev->lock)}, {@code __might_sleep}. The name is kept as spelled; synonyms are
 * resolved by semantic analysis.
 */
public record Annotation(String name, List<Arg> args, Span span) implements Node {

    /**
     * The name of GCC's {@code __attribute__((cleanup(fn)))} on a variable, with {@code fn} as its one
     * argument (an {@link Expr.Name}): no user annotation is spelled so.
     */
    public static final String CLEANUP = "cleanup";

    /** {@code key} is null for a positional argument. */
    public record Arg(String key, Expr value, Span span) implements Node {}
}
