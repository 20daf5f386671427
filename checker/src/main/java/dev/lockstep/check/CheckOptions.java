package dev.lockstep.check;

import dev.lockstep.explore.ExploreOptions;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.memory.ModelTable;
import dev.lockstep.memory.Models;
import java.util.List;

/**
 * Everything a run needs to know: what to do, under which models (names in {@code table}: the
 * bundled models, and any the user gave as files), how to read the input, and its bounds.
 */
public record CheckOptions(Mode mode, List<String> models, FrontendOptions frontend, Bounds bounds, ModelTable table) {

    /** Options naming bundled models only. */
    public CheckOptions(Mode mode, List<String> models, FrontendOptions frontend, Bounds bounds) {
        this(mode, models, frontend, bounds, Models.table());
    }

    /** The explorer's options: the scenario's bounds and the budget. */
    public ExploreOptions exploreOptions() {
        return new ExploreOptions(bounds.cpus(), bounds.irqBound(), bounds.softirqBound(), bounds.loopBound(),
                bounds.maxExecutions(), bounds.timeout(), bounds.jobs());
    }
}
