package dev.lockstep.lsp;

import dev.lockstep.check.RuleCatalog;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Severity;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Findings and input errors as LSP diagnostics: the rule as the code (linked to its page), the fix
 * in the message, related locations and then each step of the trace as related information.
 */
final class Diagnostics {

    static final String SOURCE = "lockstep";

    private Diagnostics() {}

    static Diagnostic of(Finding f) {
        String models = f.models().isEmpty() ? "" : " {" + String.join(",", f.models()) + "}";
        String message = f.message() + models + (f.fix() == null ? "" : "\nfix: " + f.fix());
        Diagnostic d = new Diagnostic(range(f.span()), message,
                f.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, SOURCE,
                f.rule().id());
        d.setCodeDescription(new DiagnosticCodeDescription(RuleCatalog.helpUri(f.rule().id())));
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Related r : f.related()) {
            related.add(new DiagnosticRelatedInformation(location(r.span()), r.message()));
        }
        int n = 1;
        for (Step s : f.trace()) {
            String held = s.locksHeld().isEmpty() ? "" : " [held: " + String.join(", ", s.locksHeld()) + "]";
            related.add(new DiagnosticRelatedInformation(location(s.span()),
                    "trace " + n++ + ": cpu" + s.cpu() + " " + s.context() + ": " + s.action() + held));
        }
        d.setRelatedInformation(related);
        return d;
    }

    static Diagnostic of(dev.lockstep.frontend.Diagnostic input) {
        return new Diagnostic(range(input.span()), input.message(), DiagnosticSeverity.Error, SOURCE, "input-error");
    }

    /** The span as a range; an empty span covers its first character, a whole-file one the first line. */
    static Range range(Span span) {
        int line = Math.max(span.line(), 1) - 1;
        int column = Math.max(span.column(), 1) - 1;
        boolean empty = span.endLine() < span.line() || span.endLine() == span.line() && span.endColumn() <= span.column();
        Position end = empty ? new Position(line, column + 1) : new Position(span.endLine() - 1, span.endColumn() - 1);
        return new Range(new Position(line, column), end);
    }

    private static Location location(Span span) {
        return new Location(Path.of(span.file()).toAbsolutePath().normalize().toUri().toString(), range(span));
    }
}
