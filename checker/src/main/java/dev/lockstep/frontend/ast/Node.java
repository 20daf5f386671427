package dev.lockstep.frontend.ast;

import dev.lockstep.frontend.Span;

/** Every syntax node knows where it came from. */
public interface Node {
    Span span();
}
