package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.graph.ContextMap;
import dev.lockstep.ir.Build;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rules match on: every function's observations, the contexts each function runs in, and
 * the kernel configuration checked.
 */
public record AnalysisFacts(Program program, List<Observation> observations, ContextMap contexts, Build build) {

    public AnalysisFacts {
        observations = List.copyOf(observations);
    }

    /**
     * Whether {@code kind} is a sleeping lock on this build: mutexes and semaphores always, and on
     * PREEMPT_RT spinlock_t, rwlock_t and local_lock_t too (they have no irq usage there).
     */
    public boolean sleeping(Insn.LockKind kind) {
        return kind.sleeps() || build == Build.PREEMPT_RT && kind.sleepsOnRt();
    }

    public <T extends Observation> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Observation o : observations) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }
}
