package dev.lockstep.sema;

import java.util.Optional;

/**
 * The contexts a function can run in, as entry points declare them. {@code HARDIRQ} is an
 * interrupt handler that PREEMPT_RT runs in a thread, {@code HARDIRQ_RAW} one it does not
 * ({@code IRQF_NO_THREAD}; {@code __hardirq(threaded = 0)}), {@code HRTIMER} an hrtimer callback
 * (hard interrupt context, softirq on PREEMPT_RT). A {@code TASKLET} or {@code TIMER} callback runs
 * in softirq context, never on two CPUs at once.
 */
public enum ContextKind {
    PROCESS, SOFTIRQ, TASKLET, TIMER, HARDIRQ, HARDIRQ_RAW, HRTIMER, NMI, INIT, FINAL;

    /** The context an annotation names, synonyms included ({@code __irq} is {@code __hardirq}). */
    public static Optional<ContextKind> ofAnnotation(String name) {
        return Optional.ofNullable(switch (name) {
            case "__process", "__thread" -> PROCESS;
            case "__softirq", "__bh" -> SOFTIRQ;
            case "__tasklet" -> TASKLET;
            case "__timer" -> TIMER;
            case "__hardirq", "__irq" -> HARDIRQ;
            case "__nmi" -> NMI;
            case "__init" -> INIT;
            case "__final" -> FINAL;
            default -> null;
        });
    }
}
