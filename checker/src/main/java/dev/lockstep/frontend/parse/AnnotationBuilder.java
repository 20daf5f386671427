package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.grammar.LockstepParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Context annotations and sparse contracts, with their argument syntax checked: a context takes
 * {@code cpu = N}, {@code instances = N}, {@code times = N}; a lock contract takes lock
 * expressions; {@code __might_sleep} takes nothing.
 */
final class AnnotationBuilder {

    private static final Set<String> CONTRACTS = Set.of("__acquires", "__releases", "__must_hold");
    private static final Set<String> KEYS = Set.of("cpu", "instances", "times", "threaded");

    private final AstBuilder ast;

    AnnotationBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    Annotation annotation(LockstepParser.AnnotationContext ctx) throws InputException {
        String name = ctx.CONTEXT_ANNOTATION().getText();
        List<Annotation.Arg> args = new ArrayList<>();
        for (LockstepParser.AnnotationArgContext arg : ctx.annotationArg()) {
            args.add(argument(name, arg));
        }
        if (name.equals("__might_sleep") && ctx.LPAREN() != null) {
            throw new InputException(Diagnostic.error(Spans.of(ctx), "__might_sleep takes no arguments"));
        }
        if (CONTRACTS.contains(name) && args.isEmpty()) {
            throw new InputException(Diagnostic.error(Spans.of(ctx), name + " needs a lock expression, as in "
                    + name + "(&dev->lock)"));
        }
        return new Annotation(name, List.copyOf(args), Spans.of(ctx));
    }

    private Annotation.Arg argument(String annotation, LockstepParser.AnnotationArgContext ctx) throws InputException {
        Span span = Spans.of(ctx);
        boolean contract = CONTRACTS.contains(annotation);
        if (ctx instanceof LockstepParser.KeyedArgContext keyed) {
            String key = keyed.IDENT().getText();
            if (contract) {
                throw new InputException(Diagnostic.error(span, annotation + " takes lock expressions, not '"
                        + key + " = ...'"));
            }
            if (!KEYS.contains(key)) {
                throw new InputException(Diagnostic.error(Spans.of(keyed.IDENT()), "unknown argument '" + key + "' of "
                        + annotation + ": expected cpu, instances, times or threaded"));
            }
            return new Annotation.Arg(key, ast.exprs.expr(keyed.expr()), span);
        }
        LockstepParser.PositionalArgContext positional = (LockstepParser.PositionalArgContext) ctx;
        if (!contract) {
            throw new InputException(Diagnostic.error(span, "expected 'cpu = N', 'instances = N', 'times = N' or "
                    + "'threaded = 0' in " + annotation + "(...)"));
        }
        return new Annotation.Arg(null, ast.exprs.expr(positional.expr()), span);
    }
}
