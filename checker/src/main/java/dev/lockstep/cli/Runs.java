package dev.lockstep.cli;

import dev.lockstep.check.ChangedLines;
import dev.lockstep.check.Checker;
import dev.lockstep.finding.Severity;
import java.util.EnumSet;
import java.util.Set;
import dev.lockstep.check.Mode;
import dev.lockstep.finding.RunResult;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.report.Colour;
import dev.lockstep.report.Detail;
import dev.lockstep.report.GithubReporter;
import dev.lockstep.report.GradescopeReporter;
import dev.lockstep.report.PrairieLearnReporter;
import dev.lockstep.report.HtmlReporter;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.JunitReporter;
import dev.lockstep.report.SarifReporter;
import dev.lockstep.report.Reporter;
import dev.lockstep.report.TextReporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** What {@code check} and {@code lint} share: run the checker, write the report, choose the exit code. */
final class Runs {

    private Runs() {}

    static int run(AnalysisOptions options, Mode mode, List<Path> paths, CommandLine commandLine) {
        var checkOptions = options.toCheckOptions(mode, paths);
        Checker checker = new Checker(checkOptions, Frontends.create(checkOptions.frontend()))
                .watchedBy(TerminalProgress.forRun(options, commandLine.getErr()));
        Checker.Outcome outcome = checker.run(paths);
        RunResult result = outcome.result();
        if (options.diff != null) {
            try {
                result = ChangedLines.since(options.diff).filter(result);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(commandLine, "--diff " + options.diff + ": " + e.getMessage());
            }
        }
        RunResult shown = result;
        try {
            Output.to(options.output, commandLine.getOut(), out -> reporter(options, commandLine).write(shown, out));
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

    private static Set<Severity> failing(AnalysisOptions.FailLevel level) {
        return switch (level) {
            case warning -> EnumSet.allOf(Severity.class);
            case error -> EnumSet.of(Severity.ERROR);
            case none -> EnumSet.noneOf(Severity.class);
        };
    }

    private static Reporter reporter(AnalysisOptions options, CommandLine commandLine) {
        return switch (options.format) {
            case json -> new JsonReporter();
            case text -> new TextReporter(colour(options, commandLine),
                    options.quiet ? Detail.QUIET : options.verbose ? Detail.VERBOSE : Detail.NORMAL);
            case sarif -> new SarifReporter();
            case github -> new GithubReporter();
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
