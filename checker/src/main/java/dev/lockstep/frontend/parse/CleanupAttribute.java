package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.grammar.LockstepParser;
import java.util.List;

/**
 * GCC's {@code __attribute__((cleanup(fn)))} on a variable (the kernel's {@code __cleanup(fn)}, the
 * base of {@code linux/cleanup.h}), kept as the annotation {@value #NAME} whose one argument names
 * {@code fn} ({@link Annotation#CLEANUP}). Every other attribute has no meaning for the checker
 * and is dropped.
 */
final class CleanupAttribute {

    private CleanupAttribute() {
    }

    /** The cleanup annotation the attribute spells, or null for any other attribute. */
    static Annotation of(LockstepParser.AttributeContext ctx) throws InputException {
        List<LockstepParser.BalancedTokenContext> tokens = ctx.balancedToken();
        if (tokens.isEmpty()) {
            return null;
        }
        String word = tokens.get(0).getText();
        if (!word.equals("cleanup") && !word.equals("__cleanup__")) {
            return null;
        }
        if (tokens.size() != 2 || tokens.get(1).LPAREN() == null || tokens.get(1).balancedToken().size() != 1) {
            throw new InputException(Diagnostic.error(Spans.of(ctx), "expected cleanup(function) in the attribute"));
        }
        LockstepParser.BalancedTokenContext fn = tokens.get(1).balancedToken(0);
        if (fn.LPAREN() != null || !fn.getText().matches("[A-Za-z_][A-Za-z_0-9]*")) {
            throw new InputException(Diagnostic.error(Spans.of(fn), "expected the name of a function in cleanup(...)"));
        }
        Expr.Name name = new Expr.Name(fn.getText(), Spans.of(fn));
        return new Annotation(Annotation.CLEANUP, List.of(new Annotation.Arg(null, name, Spans.of(fn))), Spans.of(ctx));
    }
}
