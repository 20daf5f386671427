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

/** {@code lockstep lint}: the static rules alone, fast, on every path; for pre-review use. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check files and directories with the static rules alone (no exploration).",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.CLEAN_TEXT, ExitCode.FINDINGS_TEXT, ExitCode.INPUT_TEXT, ExitCode.INCOMPLETE_TEXT,
            ExitCode.INTERNAL_TEXT},
        footerHeading = "%nExamples:%n",
        footer = {"  lockstep lint drivers/net/",
            "  lockstep lint --diff origin/main --format github src/   # annotate the lines a change touches"})
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or directories to lint (default: the paths of lockstep.toml).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        return Runs.run(options, Mode.LINT, paths, spec.commandLine());
    }
}
