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

/** {@code lockstep check}: the static rules on every path, then exhaustive exploration under each model. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check files and directories (.c, .litmus): static rules, then exhaustive exploration.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to check.")
    List<Path> paths;

    @Override
    public Integer call() {
        return Runs.run(options, Mode.CHECK, paths, spec.commandLine());
    }
}
