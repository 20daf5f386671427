package dev.lockstep.finding;

import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * One bug: its rule, severity, a message a student understands, the primary location, related
 * locations, the models under which it occurs (empty for a static finding: all), a mechanical fix
 * when there is one (null otherwise), and the trace of the execution that shows it (empty for a
 * static finding).
 */
public record Finding(Rule rule, Severity severity, String message, Span span, List<String> models,
        List<Related> related, String fix, List<Step> trace) {

    public Finding {
        models = List.copyOf(models);
        related = List.copyOf(related);
        trace = List.copyOf(trace);
    }

    public Finding withModels(List<String> newModels) {
        return new Finding(rule, severity, message, span, newModels, related, fix, trace);
    }
}
