package dev.lockstep.frontend;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to preprocess: the roots named on the command line ({@code #include "x.h"} never resolves
 * outside them), a stdlib directory that overrides the bundled one (null: the classpath's
 * {@code stdlib/}), and the {@code -D} definitions in command-line order.
 */
public record FrontendOptions(List<Path> roots, Path stdlibOverride, Map<String, String> defines) {}
