package dev.lockstep.grade;

import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Incompleteness;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Span;
import java.nio.file.Path;

/** Maps the grader's working copies back to the harness's and the submission's own paths in a result. */
final class PathRewrite {

    private final String harnessCopy;
    private final String harness;
    private final String submissionCopy;
    private final String submission;

    PathRewrite(Path work, Path harness, Path submission) {
        this.harnessCopy = work.resolve(harness.getFileName()).toString();
        this.harness = harness.toString();
        this.submissionCopy = work.resolve(Grader.SUBMISSION_NAME).toString();
        this.submission = submission.toString();
    }

    RunResult apply(RunResult r) {
        return new RunResult(r.findings().stream().map(this::finding).toList(),
                r.explorations().stream().map(e -> new Exploration(file(e.file()), e.model(), e.complete(),
                        e.executions(), e.blocked(), e.timeMs(), e.stoppedBy().stream().map(s -> new Incompleteness(
                                s.bound(), span(s.location()), s.flag(), s.message())).toList())).toList(),
                r.errors().stream().map(d -> new Diagnostic(d.severity(), span(d.span()), d.message())).toList());
    }

    private Finding finding(Finding f) {
        return new Finding(f.rule(), f.severity(), f.message(), span(f.span()), f.models(),
                f.related().stream().map(x -> new Related(span(x.span()), x.message())).toList(), f.fix(),
                f.trace().stream().map(s -> new Step(s.cpu(), s.context(), span(s.span()), s.action(),
                        s.locksHeld())).toList(), f.fingerprint());
    }

    private Span span(Span s) {
        return new Span(file(s.file()), s.line(), s.column(), s.endLine(), s.endColumn());
    }

    private String file(String f) {
        if (f.equals(harnessCopy)) {
            return harness;
        }
        return f.equals(submissionCopy) ? submission : f;
    }
}
