package dev.lockstep.ir;

import dev.lockstep.frontend.Span;
import java.util.List;
import java.util.Objects;

/** How a basic block ends. Successors are block indices of the same function. */
public sealed interface Terminator {

    Span span();

    record Jump(int target, Span span) implements Terminator {}

    /** To {@code ifTrue} when {@code condition} is non-zero, else to {@code ifFalse}. */
    record Branch(Value condition, int ifTrue, int ifFalse, Span span) implements Terminator {}

    /** {@code value} is null for {@code return;} and at the end of a void function. */
    record Return(Value value, Span span) implements Terminator {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(value, span);
        }
    }

    /**
     * The back edge of a loop that is not a wait: taken at most {@code --loop-bound} times per
     * entry of the loop; past that the explorer reports the bound as hit.
     */
    record LoopBack(int target, int loopId, Span span) implements Terminator {}

    /** Control never reaches here (after {@code BUG()}, or a path cut by {@code Assume}). */
    record Unreachable(Span span) implements Terminator {}

    /** The successor block indices. */
    default List<Integer> successors() {
        if (this instanceof Jump j) {
            return List.of(j.target());
        }
        if (this instanceof Branch b) {
            return List.of(b.ifTrue(), b.ifFalse());
        }
        if (this instanceof LoopBack l) {
            return List.of(l.target());
        }
        return List.of();
    }
}
