package dev.lockstep.check;

import dev.lockstep.frontend.FrontendOptions;
import java.util.List;

/** Everything a run needs to know: what to do, under which models, how to read the input, and its bounds. */
public record CheckOptions(Mode mode, List<String> models, FrontendOptions frontend, Bounds bounds) {}
