package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.ir.Terminator;
import java.util.ArrayDeque;
import java.util.Deque;

/** Where {@code break} and {@code continue} go in the innermost enclosing loop or switch. */
final class JumpTargets {

    /**
     * A loop's or switch's exits; {@code continueAt} is null for a switch (continue passes through
     * it); {@code cleanupDepth} is how many cleanup scopes were open outside it (a jump out of it runs
     * the cleanups of the scopes above).
     */
    record Target(int breakTo, ContinueAt continueAt, int cleanupDepth) {}

    /** How a {@code continue} leaves: a jump to a step or condition block, or the loop's back edge. */
    sealed interface ContinueAt {
        Terminator at(Span span);

        record JumpTo(int block) implements ContinueAt {
            @Override
            public Terminator at(Span span) {
                return new Terminator.Jump(block, span);
            }
        }

        record BackEdge(int header, int loopId) implements ContinueAt {
            @Override
            public Terminator at(Span span) {
                return new Terminator.LoopBack(header, loopId, span);
            }
        }
    }

    private final Deque<Target> stack = new ArrayDeque<>();

    void push(Target t) {
        stack.push(t);
    }

    void pop() {
        stack.pop();
    }

    /** The innermost loop or switch, or null. */
    Target breakTarget() {
        return stack.isEmpty() ? null : stack.peek();
    }

    /** The innermost loop, or null. */
    Target continueTarget() {
        for (Target t : stack) {
            if (t.continueAt() != null) {
                return t;
            }
        }
        return null;
    }
}
