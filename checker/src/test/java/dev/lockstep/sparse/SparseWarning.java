package dev.lockstep.sparse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One context warning of sparse: "FILE:LINE:COL: warning: context imbalance in 'FUNCTION' - KIND". */
record SparseWarning(int line, String function, Kind kind) {

    private static final Pattern CONTEXT =
            Pattern.compile("^[^:]+:(\\d+):\\d+: warning: context imbalance in '(\\w+)' - (.*)$");

    /** What sparse's single context counter saw, and which lockstep rules account for it. */
    enum Kind {
        /** The function returns with a count other than its declared one: a leak. */
        WRONG_COUNT_AT_EXIT("wrong count at exit", List.of("lock-imbalance")),
        /** The count went below zero: a release of something not held. */
        UNEXPECTED_UNLOCK("unexpected unlock", List.of("bad-unlock")),
        /** Two paths join with different counts: a leak on one of them, or an extra release on the other. */
        DIFFERENT_CONTEXTS("different lock contexts for basic block", List.of("lock-imbalance", "bad-unlock"));

        final String text;
        final List<String> lockstepRules;

        Kind(String text, List<String> lockstepRules) {
            this.text = text;
            this.lockstepRules = lockstepRules;
        }

        static Optional<Kind> of(String text) {
            for (Kind k : values()) {
                if (k.text.equals(text)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** The warning one line of sparse's output states, if it is a context warning. */
    static Optional<SparseWarning> parse(String outputLine) {
        Matcher m = CONTEXT.matcher(outputLine);
        if (!m.matches()) {
            return Optional.empty();
        }
        Kind kind = Kind.of(m.group(3)).orElseThrow(
                () -> new IllegalStateException("a context warning this comparison does not know: " + outputLine));
        return Optional.of(new SparseWarning(Integer.parseInt(m.group(1)), m.group(2), kind));
    }

    @Override
    public String toString() {
        return line + ": context imbalance in '" + function + "' - " + kind.text;
    }
}
