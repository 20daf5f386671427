package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;

/** A litmus test uses something the runner cannot execute (an unknown primitive, a loop, a bad address). */
public final class LitmusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LitmusException(String message, Span span) {
        super(span == null ? message : span + ": " + message);
    }
}
