package dev.lockstep.analysis.rules;

import java.util.List;

/** The registry of static rules (compile-checked: adding a rule is adding it here). */
public final class StaticRules {

    private StaticRules() {
    }

    public static List<StaticRule> all() {
        return List.of(new SleepInAtomic(), new WaitContext(), new PreemptiblePercpu(), new MissingIrqsave(), new MissingBh(), new IrqLockInversion(),
                new Deadlock(), new SrcuSelfWait(), new NeverCompleted(), new SelfDeadlock(), new NmiSelfDeadlock(), new LockImbalance(), new BadUnlock(), new IrqStateClobber(),
                new RcuUnprotected(), new UseAfterFree());
    }
}
