package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.state.AtomicReason;
import dev.lockstep.analysis.state.CallStep;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.analysis.state.PathState;
import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * A point that may sleep: reported where the path is atomic (a spinlock held, interrupts, bottom
 * halves or preemption disabled, an RCU read-side section) or the function is an interrupt
 * handler; otherwise left in the summary for the callers to judge.
 */
final class SleepPoints {

    private final FlowEnv env;

    SleepPoints(FlowEnv env) {
        this.env = env;
    }

    void sleep(String what, Span site, PathState s, Recorder rec) {
        sleepVia(what, site, site, List.of(), s, rec);
    }

    /** {@code what} at {@code sleepSite}, reached from here through {@code chain} (a call at {@code where}). */
    void sleepVia(String what, Span where, Span sleepSite, List<CallStep> chain, PathState s, Recorder rec) {
        AtomicReason reason = AtomicReason.of(s);
        if (reason == null && env.interruptContext() != null) {
            reason = new AtomicReason("it runs in " + env.interruptContext() + " (" + env.name() + ")",
                    env.function().span(), env.name() + " runs in " + env.interruptContext());
        }
        if (reason != null) {
            rec.observe(new Observation.Sleep(env.name(), what, where, chain, sleepSite, reason,
                    Certainty.ALL_PATHS));
        } else {
            rec.sleep(new Summary.Sleep(what, sleepSite, chain));
        }
    }
}
