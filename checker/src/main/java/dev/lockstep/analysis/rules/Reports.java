package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.state.CallStep;
import dev.lockstep.analysis.state.Held;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.Severity;
import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the rules to build findings. */
final class Reports {

    private Reports() {
    }

    static Severity severity(Certainty c) {
        return c == Certainty.ALL_PATHS ? Severity.ERROR : Severity.WARNING;
    }

    static Finding finding(Rule rule, Severity severity, String message, Span span, List<Related> related,
            String fix) {
        return new Finding(rule, severity, message, span, List.of(), related, fix, List.of());
    }

    /** The call sites of a chain, outermost first. */
    static List<Related> chain(List<CallStep> chain) {
        List<Related> out = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            out.add(new Related(chain.get(i).site(), "calls " + chain.get(i).callee() + "()"));
        }
        return out;
    }

    /** Where a held lock was taken, with the calls leading there. */
    static List<Related> acquired(Held h, String what) {
        List<Related> out = new ArrayList<>();
        for (CallStep s : h.chain()) {
            out.add(new Related(s.site(), "calls " + s.callee() + "()"));
        }
        out.add(new Related(h.site(), what));
        return out;
    }

    /** " (in f() called at line 12 -> g() ...)" or "". */
    static String via(List<CallStep> chain) {
        return chain.isEmpty() ? "" : " (through " + CallStep.render(chain) + ")";
    }

    /** {@code &d->lock} for a fix: the expression as the code writes it there. */
    static String address(Held h) {
        return "&" + (h.ref().loc().known() ? h.ref().loc().display() : h.ref().lockClass());
    }
}
