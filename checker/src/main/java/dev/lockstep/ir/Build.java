package dev.lockstep.ir;

/**
 * The kernel configuration a program is checked for. On {@code PREEMPT_RT} spinlock_t, rwlock_t
 * and local_lock_t are sleeping locks, hard interrupt handlers run in threads (process context)
 * unless registered with {@code IRQF_NO_THREAD}, and hrtimers not in {@code HRTIMER_MODE_HARD}
 * expire in softirq context.
 */
public enum Build {
    STANDARD, PREEMPT_RT
}
