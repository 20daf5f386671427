package dev.lockstep.sparse;

import dev.lockstep.finding.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * sparse's context warnings on one file against lockstep's lock-imbalance and bad-unlock findings
 * on it. A warning is matched by a finding of a rule its kind allows in the same function (a
 * lock-imbalance names the function, "context imbalance in 'f'"; a bad-unlock is matched by its
 * line), acknowledged by a {@code sparse-only:} comment on the function, or else missed.
 */
record FileComparison(List<String> matched, List<String> acknowledged, List<String> missed,
        List<String> staleAcknowledgements, List<String> lockstepOnly) {

    static final Set<String> RULES = Set.of("lock-imbalance", "bad-unlock");

    static FileComparison of(List<SparseWarning> warnings, List<Finding> all, FunctionExtents functions) {
        List<Finding> findings = all.stream().filter(f -> RULES.contains(f.rule().id())).toList();
        List<String> matched = new ArrayList<>();
        List<String> acknowledged = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        Set<Finding> used = new HashSet<>();
        Set<String> warned = new HashSet<>();
        for (SparseWarning w : warnings) {
            warned.add(w.function());
            Finding match = findings.stream().filter(f -> accounts(f, w, functions)).findFirst().orElse(null);
            var why = functions.named(w.function()).flatMap(FunctionExtents.Extent::sparseOnly);
            if (match != null) {
                used.add(match);
                matched.add(w + " = " + describe(match));
            } else if (why.isPresent()) {
                acknowledged.add(w + " (sparse only: " + why.get() + ")");
            } else {
                missed.add(w.toString());
            }
        }
        List<String> stale = functions.all().stream()
                .filter(e -> e.sparseOnly().isPresent() && !warned.contains(e.name()))
                .map(e -> e.first() + ": '" + e.name() + "' is marked sparse-only but sparse warns nothing there")
                .toList();
        List<String> lockstepOnly = findings.stream().filter(f -> !used.contains(f)).map(FileComparison::describe)
                .toList();
        return new FileComparison(matched, acknowledged, missed, stale, lockstepOnly);
    }

    private static boolean accounts(Finding f, SparseWarning w, FunctionExtents functions) {
        if (!w.kind().lockstepRules.contains(f.rule().id())) {
            return false;
        }
        return f.message().contains("context imbalance in '" + w.function() + "'")
                || functions.at(f.span().line()).map(e -> e.name().equals(w.function())).orElse(false);
    }

    private static String describe(Finding f) {
        return f.span().line() + ": " + f.rule().id() + ": " + f.message();
    }

    /** The side-by-side text of this comparison, for failure messages. */
    String table() {
        StringBuilder sb = new StringBuilder();
        matched.forEach(s -> sb.append("  matched:       ").append(s).append('\n'));
        acknowledged.forEach(s -> sb.append("  acknowledged:  ").append(s).append('\n'));
        missed.forEach(s -> sb.append("  MISSED:        ").append(s).append('\n'));
        lockstepOnly.forEach(s -> sb.append("  lockstep only: ").append(s).append('\n'));
        return sb.toString();
    }
}
