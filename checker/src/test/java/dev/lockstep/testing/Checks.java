package dev.lockstep.testing;

import dev.lockstep.check.Bounds;
import dev.lockstep.check.CheckOptions;
import dev.lockstep.check.Checker;
import dev.lockstep.check.Mode;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The checker as the tests run it: every model, the default bounds, one worker, includes under {@code root}. */
public final class Checks {

    public static final List<String> ALL_MODELS = dev.lockstep.memory.Models.names();

    private Checks() {}

    public static CheckOptions options(Path root) {
        return options(root, ALL_MODELS);
    }

    /** The same under {@code models} only ({@code --model ...}). */
    public static CheckOptions options(Path root, List<String> models) {
        return new CheckOptions(Mode.CHECK, models, new FrontendOptions(List.of(root), null, Map.of()),
                new Bounds(0, 1, 1, dev.lockstep.explore.ExploreOptions.DEFAULT_LOOP_BOUND, 200_000,
                        Duration.ofSeconds(60), 1));
    }

    /** {@code lockstep check} of one file under every model. */
    public static Checker.Outcome check(Path file) {
        CheckOptions options = options(file.getParent());
        return new Checker(options, Frontends.create(options.frontend())).run(List.of(file));
    }
}
