package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.graph.LockOrderGraph;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code deadlock}: a cycle in the lock-order graph (lockdep's "possible circular locking
 * dependency"), locks named by instance where the call sites make it concrete
 * ({@code transfer(&a, &b)} and {@code transfer(&b, &a)} are an ABBA between two instances).
 */
final class Deadlock implements StaticRule {

    private static final Comparator<Span> ORDER = Comparator.comparing(Span::file).thenComparingInt(Span::line)
            .thenComparingInt(Span::column);

    @Override
    public Rule rule() {
        return Rule.DEADLOCK;
    }

    @Override
    public List<Finding> check(AnalysisFacts facts) {
        LockOrderGraph g = new LockOrderGraph(facts.all(Observation.Acquisition.class), h -> h.ref().vertex());
        List<Finding> out = new ArrayList<>();
        for (List<LockOrderGraph.Dependency> cycle : g.cycles()) {
            out.add(report(cycle));
        }
        return out;
    }

    private Finding report(List<LockOrderGraph.Dependency> cycle) {
        LockOrderGraph.Dependency last = cycle.get(0);
        for (LockOrderGraph.Dependency d : cycle) {
            if (ORDER.compare(d.at().where(), last.at().where()) > 0) {
                last = d;
            }
        }
        StringBuilder chain = new StringBuilder();
        for (LockOrderGraph.Dependency d : cycle) {
            chain.append('\'').append(d.from()).append("' -> ");
        }
        chain.append('\'').append(cycle.get(0).from()).append('\'');
        List<Related> related = new ArrayList<>();
        for (LockOrderGraph.Dependency d : cycle) {
            related.addAll(Reports.acquired(d.held(), "'" + d.from() + "' taken here (in " + d.at().function() + ")"));
            Held to = d.at().lock();
            related.addAll(Reports.chain(to.chain()));
            related.add(new Related(to.site(), "'" + d.to() + "' taken here while '" + d.from() + "' is held"));
        }
        String msg = "possible circular locking dependency detected: " + chain + "; " + last.at().function()
                + " takes '" + last.to() + "' while holding '" + last.from() + "', and elsewhere '" + last.from()
                + "' is taken while '" + last.to() + "' is held";
        String fix = "take '" + last.to() + "' before '" + last.from() + "' here, as the other path"
                + (cycle.size() > 2 ? "s do: one global order for all " + cycle.size() + " locks" : " does");
        return Reports.finding(rule(), Severity.WARNING, msg, last.at().where(), related, fix);
    }
}
