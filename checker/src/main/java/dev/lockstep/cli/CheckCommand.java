package dev.lockstep.cli;

import dev.lockstep.check.Mode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lockstep check}: the static rules on every path, then exhaustive exploration under each model. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check files and directories (.c, .litmus): static rules, then exhaustive exploration.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.CLEAN_TEXT, ExitCode.FINDINGS_TEXT, ExitCode.INPUT_TEXT, ExitCode.INCOMPLETE_TEXT,
            ExitCode.INTERNAL_TEXT},
        footerHeading = "%nExamples:%n",
        footer = {"  lockstep check samples/irq/irq_spinlock_bug.c",
            "  lockstep check --model arm --format sarif --output lockstep.sarif drivers/",
            "  lockstep check --baseline lockstep-baseline.json src/",
            "  lockstep check -D N=12 --max-executions 100000 corpus/bench/lastzero.c"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or directories to check (default: the paths of lockstep.toml).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        return Runs.run(options, Mode.CHECK, paths, spec.commandLine());
    }
}
