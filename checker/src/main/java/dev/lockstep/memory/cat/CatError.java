package dev.lockstep.memory.cat;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Span;

/**
 * An error in a model found while evaluating it (an unknown name, a relation where a set belongs,
 * a fixpoint that is never reached), at the expression that caused it. Loading a model evaluates it
 * once, so a loaded model raises these only for a fixpoint that a particular graph never reaches.
 */
public final class CatError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    CatError(Span span, String message) {
        super(Diagnostic.error(span, message).toString(), null, false, false);
        this.diagnostic = Diagnostic.error(span, message);
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
