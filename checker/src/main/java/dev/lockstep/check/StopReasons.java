package dev.lockstep.check;

import dev.lockstep.explore.ExplorationResult;
import dev.lockstep.finding.Incompleteness;
import dev.lockstep.finding.Incompleteness.Bound;
import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an exploration stopped early, read from what the explorer reports: a note per loop whose
 * bound was reached ({@code file:line:col: loop bound N reached ...}), a timeout note, and
 * otherwise the execution budget. The one place that turns the explorer's notes into
 * {@link Incompleteness} records.
 */
final class StopReasons {

    private static final Pattern LOOP = Pattern.compile("^(.+):(\\d+):(\\d+): loop bound (\\d+) reached");

    private StopReasons() {}

    static List<Incompleteness> of(ExplorationResult r, Bounds bounds) {
        List<Incompleteness> out = new ArrayList<>();
        if (r.complete()) {
            return out;
        }
        for (String note : r.notes()) {
            Matcher loop = LOOP.matcher(note);
            if (loop.find()) {
                Span at = Span.at(loop.group(1), Integer.parseInt(loop.group(2)), Integer.parseInt(loop.group(3)));
                out.add(Incompleteness.of(Bound.LOOP_BOUND, at, "the loop bound " + loop.group(4) + " was reached "
                        + "here; executions that iterate further were not explored"));
            } else if (note.startsWith("timeout")) {
                out.add(Incompleteness.of(Bound.TIMEOUT, Span.NONE, "the exploration was stopped after "
                        + seconds(bounds) + " (the time limit)"));
            }
        }
        boolean budgetSpent = r.executions() + r.blocked() >= bounds.maxExecutions();
        if (budgetSpent || out.isEmpty()) {
            out.add(Incompleteness.of(Bound.MAX_EXECUTIONS, Span.NONE, "the exploration was stopped after "
                    + bounds.maxExecutions() + " executions (the execution budget)"));
        }
        return out;
    }

    private static String seconds(Bounds bounds) {
        long ms = bounds.timeout().toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%d ms", ms);
    }
}
