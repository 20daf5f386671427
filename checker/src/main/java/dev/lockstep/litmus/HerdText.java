package dev.lockstep.litmus;

import java.util.Locale;

/**
 * A litmus result in herd7's text form:
 * <pre>
 * Test SB Allowed
 * States 4
 * 0:r0=0; 1:r0=0;
 * ...
 * Ok
 * Witnesses
 * Positive: 1 Negative: 3
 * Condition exists (0:r0=0 /\ 1:r0=0)
 * Observation SB Sometimes 1 3
 * Time SB 0.01
 * </pre>
 * {@code Ok} when the condition is validated: {@code exists} by some execution, {@code ~exists} by none,
 * {@code forall} by all.
 */
public final class HerdText {

    private HerdText() {
    }

    public static String format(LitmusResult r) {
        StringBuilder b = new StringBuilder();
        b.append("Test ").append(r.name()).append(r.condition().startsWith("forall") ? " Required" : " Allowed")
                .append('\n');
        b.append("States ").append(r.states().size()).append('\n');
        r.states().forEach(s -> b.append(s).append('\n'));
        b.append(validated(r) ? "Ok" : "No").append('\n');
        b.append("Witnesses\n");
        b.append("Positive: ").append(r.positive()).append(" Negative: ").append(r.negative()).append('\n');
        b.append("Condition ").append(r.condition()).append('\n');
        b.append("Observation ").append(r.name()).append(' ').append(observation(r)).append(' ').append(r.positive())
                .append(' ').append(r.negative()).append('\n');
        b.append("Time ").append(r.name()).append(' ')
                .append(String.format(Locale.ROOT, "%.2f", r.timeMs() / 1000.0)).append('\n');
        return b.toString();
    }

    private static boolean validated(LitmusResult r) {
        if (r.condition().startsWith("~exists")) {
            return r.positive() == 0;
        }
        if (r.condition().startsWith("forall")) {
            return r.negative() == 0;
        }
        return r.positive() > 0;
    }

    private static String observation(LitmusResult r) {
        if (r.positive() == 0) {
            return "Never";
        }
        return r.negative() == 0 ? "Always" : "Sometimes";
    }
}
