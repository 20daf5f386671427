package dev.lockstep.cli;

import dev.lockstep.check.Mode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lockstep lint}: the static rules alone, fast, on every path; for pre-review use. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check files and directories with the static rules alone (no exploration).")
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to lint.")
    List<Path> paths;

    @Override
    public Integer call() {
        return Runs.run(options, Mode.LINT, paths, spec.commandLine());
    }
}
