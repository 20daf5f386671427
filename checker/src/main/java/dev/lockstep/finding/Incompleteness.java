package dev.lockstep.finding;

import dev.lockstep.frontend.Span;

/**
 * Why an exploration did not cover every execution: which bound cut it, where (the loop whose
 * bound was reached; {@link Span#NONE} for a bound of the whole run), the command-line flag that
 * raises the bound, and a sentence for the user. Every output format reports incompleteness from
 * these records alone.
 */
public record Incompleteness(Bound bound, Span location, String flag, String message) {

    /** The bounds that can stop an exploration, with the flag that sets each. */
    public enum Bound {
        LOOP_BOUND("--loop-bound"), MAX_EXECUTIONS("--max-executions"), TIMEOUT("--timeout");

        private final String flag;

        Bound(String flag) {
            this.flag = flag;
        }

        public String flag() {
            return flag;
        }
    }

    /** An incompleteness whose flag is the bound's own. */
    public static Incompleteness of(Bound bound, Span location, String message) {
        return new Incompleteness(bound, location, bound.flag(), message);
    }

    /** One line for reports: where, what happened, and the flag that raises the bound. */
    public String describe() {
        return (located() ? location + ": " : "") + message + " (raise it with " + flag + ")";
    }

    /** Whether the bound was reached at a source location (a loop) rather than by the whole run. */
    public boolean located() {
        return location.line() > 0;
    }
}
