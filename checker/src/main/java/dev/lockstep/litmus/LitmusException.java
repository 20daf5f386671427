package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;

/**
 * A litmus test uses something the runner cannot execute (an unsupported statement or intrinsic,
 * an unknown location); {@link LitmusRunner#run} reports it as an input error at {@code span}
 * (null: the test as a whole).
 */
final class LitmusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Span span;

    LitmusException(String message, Span span) {
        super(message);
        this.span = span;
    }

    Span span() {
        return span;
    }
}
