package dev.lockstep.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The rules of the contract (RULES.md), with their stable ids. */
public enum Rule {
    SLEEP_IN_ATOMIC, WAIT_CONTEXT, PREEMPTIBLE_PERCPU, MISSING_IRQSAVE, MISSING_BH, IRQ_LOCK_INVERSION, DEADLOCK, SELF_DEADLOCK, LOCK_IMBALANCE,
    BAD_UNLOCK, IRQ_STATE_CLOBBER, RCU_UNPROTECTED, USE_AFTER_FREE, BARRIER_MISSING, DATA_RACE, ASSERTION;

    /** The id users write: {@code sleep-in-atomic}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every rule's id, in catalogue order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Rule::id).toList();
    }

    /** The rule with id {@code id}, or null. */
    public static Rule byId(String id) {
        for (Rule r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
