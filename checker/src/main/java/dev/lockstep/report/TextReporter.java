package dev.lockstep.report;

import dev.lockstep.check.SourceLines;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Incompleteness;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Severity;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default output, in the shape of gcc and clang: {@code file:line:col: error: message [rule]},
 * the source line with a gutter and a caret, one {@code note:} per related location, the fix, and
 * the trace one step per line with its CPU, context, location, action and the locks held; then a
 * warning for each bound that stopped an exploration, naming the flag that raises it.
 */
public final class TextReporter implements Reporter {

    private final Colour colour;
    private final Detail detail;
    private final SourceLines sources = new SourceLines();

    public TextReporter(Colour colour, Detail detail) {
        this.colour = colour;
        this.detail = detail;
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        for (Diagnostic d : result.errors()) {
            if (d.span().line() > 0) {
                out.write(location(d.span()) + colour.red("error:") + " " + d.message() + "\n");
                excerpt(d.span(), out);
            } else {
                out.write(colour.bold("lockstep:") + " " + colour.red("error:") + " " + d.span().file() + ": "
                        + d.message() + "\n");
            }
        }
        for (Diagnostic d : result.warnings()) {
            out.write(location(d.span()) + colour.magenta("warning:") + " " + d.message() + "\n");
        }
        for (Finding f : result.findings()) {
            writeFinding(f, out);
        }
        for (Exploration e : result.explorations()) {
            writeIncompleteness(e, out);
        }
        if (detail == Detail.VERBOSE) {
            for (Exploration e : result.explorations()) {
                out.write(String.format(Locale.ROOT, "%s: %s: %d executions, %d blocked, %s, %d ms%n", e.file(),
                        e.model(), e.executions(), e.blocked(), e.complete() ? "complete" : "incomplete", e.timeMs()));
            }
        }
        if (detail != Detail.QUIET) {
            out.write(summary(result) + "\n");
        }
    }

    private void writeFinding(Finding f, Writer out) throws IOException {
        String level = f.severity() == Severity.ERROR ? colour.red("error:") : colour.magenta("warning:");
        String models = f.models().isEmpty() ? "" : " {" + String.join(",", f.models()) + "}";
        out.write(location(f.span()) + level + " " + colour.bold(f.message()) + " [" + f.rule().id() + "]"
                + models + "\n");
        excerpt(f.span(), out);
        for (Related r : f.related()) {
            out.write(location(r.span()) + colour.cyan("note:") + " " + r.message() + "\n");
        }
        if (f.fix() != null) {
            out.write("  " + colour.green("fix:") + " " + f.fix() + "\n");
        }
        if (!f.trace().isEmpty()) {
            out.write("  trace:\n");
            int contextWidth = f.trace().stream().mapToInt(s -> s.context().length()).max().orElse(0);
            for (Step s : f.trace()) {
                String where = s.span().file() + ":" + s.span().line();
                String held = s.locksHeld().isEmpty() ? "" : "   [held: " + String.join(", ", s.locksHeld()) + "]";
                out.write(String.format(Locale.ROOT, "    cpu%d  %-" + contextWidth + "s  %s: %s%s%n", s.cpu(),
                        s.context(), where, s.action(), held));
            }
        }
    }

    /** A note per bound that stopped {@code e}, at the loop where there is one. */
    private void writeIncompleteness(Exploration e, Writer out) throws IOException {
        if (e.complete()) {
            return;
        }
        String what = "not every execution was explored under " + e.model();
        if (e.stoppedBy().isEmpty()) {
            out.write(colour.bold(e.file() + ":") + " " + colour.magenta("warning:") + " " + what + "\n");
        }
        for (Incompleteness stop : e.stoppedBy()) {
            String where = stop.located() ? location(stop.location()) : colour.bold(e.file() + ":") + " ";
            out.write(where + colour.magenta("warning:") + " " + what + ": " + stop.message() + " [" + stop.flag()
                    + "]\n");
        }
    }

    private String location(Span span) {
        return colour.bold(span.file() + ":" + span.line() + ":" + span.column() + ":") + " ";
    }

    private void excerpt(Span span, Writer out) throws IOException {
        String text = sources.line(span.file(), span.line());
        if (text == null) {
            return;
        }
        String gutter = String.format(Locale.ROOT, "%5d | ", span.line());
        SourceLines.Excerpt excerpt = SourceLines.excerpt(text, span.column());
        out.write(gutter + excerpt.text() + "\n");
        out.write(" ".repeat(gutter.length() - 2) + "| " + " ".repeat(excerpt.caret() - 1) + colour.green("^") + "\n");
    }

    private static String summary(RunResult result) {
        long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = result.findings().size() - errors;
        StringBuilder sb = new StringBuilder();
        sb.append(count(errors, "error")).append(", ").append(count(warnings, "warning"));
        if (!result.errors().isEmpty()) {
            sb.append(", ").append(count(result.errors().size(), "input error"));
        }
        long executions = result.explorations().stream().mapToLong(Exploration::executions).sum();
        if (!result.explorations().isEmpty()) {
            sb.append("; ").append(count(executions, "execution")).append(" explored");
        }
        if (result.incomplete()) {
            Set<String> flags = new TreeSet<>();
            result.explorations().forEach(e -> e.stoppedBy().forEach(stop -> flags.add(stop.flag())));
            sb.append(" (incomplete: ").append(flags.isEmpty() ? "a bound stopped an exploration"
                    : "stopped by " + String.join(", ", flags)).append(')');
        }
        return sb.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
