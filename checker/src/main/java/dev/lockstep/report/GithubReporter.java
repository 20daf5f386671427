package dev.lockstep.report;

import dev.lockstep.check.ProjectRoot;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Incompleteness;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Severity;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Span;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code --format github}: GitHub Actions workflow commands, one annotation per finding
 * ({@code ::error file=F,line=L,col=C,title=RULE::message}), with the workflow escapes applied, and
 * a {@code ::warning} for each bound that stopped an exploration (at the loop, or on the file).
 */
public final class GithubReporter implements Reporter {

    private final ProjectRoot project;

    /** Annotations name files relative to {@code project}, as GitHub resolves them from the workspace. */
    public GithubReporter(ProjectRoot project) {
        this.project = project;
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        for (Diagnostic d : result.errors()) {
            out.write(command("error", d.span(), "input error", d.message()));
        }
        for (Finding f : result.findings()) {
            String level = f.severity() == Severity.ERROR ? "error" : "warning";
            String message = f.fix() == null ? f.message() : f.message() + "\nfix: " + f.fix();
            out.write(command(level, f.span(), f.rule().id(), message));
        }
        for (Exploration e : result.explorations()) {
            if (e.complete()) {
                continue;
            }
            String title = "incomplete exploration (" + e.model() + ")";
            String what = "not every execution was explored under " + e.model();
            if (e.stoppedBy().isEmpty()) {
                out.write(command("warning", Span.at(e.file(), 0, 0), title, what));
            }
            for (Incompleteness stop : e.stoppedBy()) {
                Span at = stop.located() ? stop.location() : Span.at(e.file(), 0, 0);
                out.write(command("warning", at, title, what + ": " + stop.message() + " (raise it with "
                        + stop.flag() + ")"));
            }
        }
    }

    private String command(String level, Span span, String title, String message) {
        StringBuilder sb = new StringBuilder("::").append(level).append(" file=")
                .append(property(project.name(span.file())));
        if (span.line() > 0) {
            sb.append(",line=").append(span.line()).append(",col=").append(span.column());
        }
        sb.append(",title=").append(property(title)).append("::").append(data(message)).append('\n');
        return sb.toString();
    }

    /** Escapes the message part of a workflow command. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value of a workflow command. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
