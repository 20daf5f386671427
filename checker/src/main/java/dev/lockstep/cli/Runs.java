package dev.lockstep.cli;

import dev.lockstep.check.Baseline;
import dev.lockstep.check.ChangedLines;
import dev.lockstep.check.Checker;
import dev.lockstep.check.DiagnosticText;
import dev.lockstep.check.Exclusions;
import dev.lockstep.check.Mode;
import dev.lockstep.check.ProjectConfig;
import dev.lockstep.check.ProjectRoot;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Severity;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.report.Colour;
import dev.lockstep.report.Detail;
import dev.lockstep.report.GithubReporter;
import dev.lockstep.report.GradescopeReporter;
import dev.lockstep.report.HtmlReporter;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.JsonStyle;
import dev.lockstep.report.JunitReporter;
import dev.lockstep.report.PrairieLearnReporter;
import dev.lockstep.report.Reporter;
import dev.lockstep.report.SarifReporter;
import dev.lockstep.report.TextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * What {@code check} and {@code lint} share: find the project's root and configuration, run the
 * checker, drop disabled rules, unchanged lines and baselined findings, write the report, choose
 * the exit code.
 */
final class Runs {

    private Runs() {}

    static int run(AnalysisOptions options, Mode mode, List<Path> given, CommandLine commandLine) {
        ProjectRoot root = ProjectRoot.of(given);
        Optional<ProjectConfig> config;
        Optional<Baseline> baseline;
        try {
            config = ProjectConfig.find(given.isEmpty() ? Path.of("") : given.get(0), root);
            config.ifPresent(c -> options.apply(c, commandLine.getParseResult()));
            baseline = options.baseline == null ? Optional.empty() : Optional.of(Baseline.read(options.baseline));
        } catch (InputException e) {
            return inputErrors(e, commandLine.getErr());
        }
        List<Path> paths = given.isEmpty() ? config.map(c -> asTyped(c.paths())).orElse(List.of()) : given;
        if (paths.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "no PATH given: name the files or directories to "
                    + "check, or list them as 'paths' in " + ProjectConfig.TOML);
        }
        if (options.baseline != null && options.writeBaseline != null) {
            throw new CommandLine.ParameterException(commandLine, "--baseline and --write-baseline exclude each other");
        }
        Set<Rule> disabled = options.disabledRules();
        var checkOptions = options.toCheckOptions(mode, paths);
        Checker checker = new Checker(checkOptions, Frontends.create(checkOptions.frontend()))
                .watchedBy(TerminalProgress.forRun(options, commandLine.getErr()))
                .excluding(config.map(ProjectConfig::exclude).orElse(Exclusions.NONE));
        Checker.Outcome outcome = checker.run(paths);
        RunResult result = outcome.result().keeping(f -> !disabled.contains(f.rule()));
        try {
            if (options.diff != null) {
                result = changedSince(options.diff, result, commandLine);
            }
            if (baseline.isPresent()) {
                result = baseline.get().filter(result, root);
            }
            if (options.writeBaseline != null) {
                RunResult recorded = result;
                Output.to(options.writeBaseline, commandLine.getOut(),
                        out -> out.write(JsonStyle.print(Baseline.document(recorded, root)) + "\n"));
                commandLine.getErr().println("lockstep: recorded " + recorded.findings().size() + " finding"
                        + (recorded.findings().size() == 1 ? "" : "s") + " in " + options.writeBaseline);
                commandLine.getErr().flush();
                result = Baseline.of(recorded, root).filter(recorded, root);
            }
            RunResult shown = result;
            Output.to(options.output, commandLine.getOut(), out -> reporter(options, root, commandLine).write(shown, out));
            if (options.expect) {
                var err = commandLine.getErr();
                for (Diagnostic d : outcome.expectationMismatches()) {
                    err.println(d);
                }
                err.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (options.expect) {
            if (!result.errors().isEmpty()) {
                return ExitCode.INPUT_ERROR.code;
            }
            return outcome.expectationMismatches().isEmpty() ? ExitCode.CLEAN.code : ExitCode.FINDINGS.code;
        }
        return ExitCode.of(result, failing(options.failLevel)).code;
    }

    /** The configuration's paths as a user in the working directory would type them, so reports name files alike. */
    private static List<Path> asTyped(List<Path> configured) {
        Path cwd = Path.of("").toAbsolutePath();
        return configured.stream().map(p -> p.startsWith(cwd) ? cwd.relativize(p) : p).toList();
    }

    private static RunResult changedSince(String rev, RunResult result, CommandLine commandLine) {
        try {
            return ChangedLines.since(rev).filter(result);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "--diff " + rev + ": " + e.getMessage());
        }
    }

    /** Prints the errors of a configuration or baseline that cannot be used; the exit code of an input error. */
    static int inputErrors(InputException e, PrintWriter err) {
        e.diagnostics().forEach(d -> err.println(DiagnosticText.of(d)));
        err.flush();
        return ExitCode.INPUT_ERROR.code;
    }

    private static Set<Severity> failing(AnalysisOptions.FailLevel level) {
        return switch (level) {
            case warning -> EnumSet.allOf(Severity.class);
            case error -> EnumSet.of(Severity.ERROR);
            case none -> EnumSet.noneOf(Severity.class);
        };
    }

    private static Reporter reporter(AnalysisOptions options, ProjectRoot root, CommandLine commandLine) {
        return switch (options.format) {
            case json -> new JsonReporter();
            case text -> new TextReporter(colour(options, commandLine),
                    options.quiet ? Detail.QUIET : options.verbose ? Detail.VERBOSE : Detail.NORMAL);
            case sarif -> new SarifReporter(root);
            case github -> new GithubReporter(root);
            case junit -> new JunitReporter();
            case html -> new HtmlReporter();
            case gradescope -> new GradescopeReporter();
            case prairielearn -> new PrairieLearnReporter();
        };
    }

    private static Colour colour(AnalysisOptions options, CommandLine commandLine) {
        boolean terminal = options.output == null && commandLine.getColorScheme().ansi().enabled();
        return terminal ? Colour.ON : Colour.OFF;
    }
}
