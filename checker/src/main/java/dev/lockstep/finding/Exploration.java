package dev.lockstep.finding;

import java.util.List;

/**
 * One exploration of one file under one model: whether it covered every execution, how many
 * complete executions it visited, how many of them ended blocked, how long it took, and, when it
 * did not cover every execution, which bounds stopped it.
 */
public record Exploration(String file, String model, boolean complete, long executions, long blocked, long timeMs,
        List<Incompleteness> stoppedBy) {

    public Exploration {
        stoppedBy = List.copyOf(stoppedBy);
    }

    /** An exploration with no recorded reason for being incomplete. */
    public Exploration(String file, String model, boolean complete, long executions, long blocked, long timeMs) {
        this(file, model, complete, executions, blocked, timeMs, List.of());
    }
}
