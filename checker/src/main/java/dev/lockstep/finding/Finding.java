package dev.lockstep.finding;

import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * One bug: its rule, severity, a message a student understands, the primary location, related
 * locations, the models under which it occurs (empty for a static finding: all), a mechanical fix
 * when there is one (null otherwise), the trace of the execution that shows it (empty for a
 * static finding), and its fingerprint: an identity that survives edits which move lines (null
 * until the run assigns it).
 */
public record Finding(Rule rule, Severity severity, String message, Span span, List<String> models,
        List<Related> related, String fix, List<Step> trace, String fingerprint) {

    public Finding {
        models = List.copyOf(models);
        related = List.copyOf(related);
        trace = List.copyOf(trace);
    }

    /** A finding whose fingerprint the run assigns later. */
    public Finding(Rule rule, Severity severity, String message, Span span, List<String> models,
            List<Related> related, String fix, List<Step> trace) {
        this(rule, severity, message, span, models, related, fix, trace, null);
    }

    public Finding withModels(List<String> newModels) {
        return new Finding(rule, severity, message, span, newModels, related, fix, trace, fingerprint);
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(rule, severity, message, span, models, related, fix, trace, newFingerprint);
    }
}
