package dev.lockstep.check;

import dev.lockstep.explore.ExploreOptions;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.ir.Build;
import dev.lockstep.memory.ModelTable;
import dev.lockstep.memory.Models;
import java.util.List;

/**
 * Everything a run needs to know: what to do, under which models (names in {@code table}: the
 * bundled models, and any the user gave as files), how to read the input, its bounds, and the
 * kernel configuration checked ({@code --preempt-rt}).
 */
public record CheckOptions(Mode mode, List<String> models, FrontendOptions frontend, Bounds bounds, ModelTable table,
        Build build) {

    /** Options naming bundled models only, for the standard build. */
    public CheckOptions(Mode mode, List<String> models, FrontendOptions frontend, Bounds bounds) {
        this(mode, models, frontend, bounds, Models.table(), Build.STANDARD);
    }

    /** Options for the standard build. */
    public CheckOptions(Mode mode, List<String> models, FrontendOptions frontend, Bounds bounds, ModelTable table) {
        this(mode, models, frontend, bounds, table, Build.STANDARD);
    }

    /** The same options for {@code other}. */
    public CheckOptions forBuild(Build other) {
        return new CheckOptions(mode, models, frontend, bounds, table, other);
    }

    /** The same options reading the input with {@code other}. */
    public CheckOptions withFrontend(FrontendOptions other) {
        return new CheckOptions(mode, models, other, bounds, table, build);
    }

    /** The explorer's options: the scenario's bounds and the budget (no final memories: no report shows them). */
    public ExploreOptions exploreOptions() {
        return new ExploreOptions(bounds.cpus(), bounds.irqBound(), bounds.softirqBound(), bounds.loopBound(),
                bounds.maxExecutions(), bounds.timeout(), bounds.jobs(), false);
    }
}
