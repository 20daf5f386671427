package dev.lockstep.finding;

import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * One step of a trace: which CPU, in which context ({@code process:writer}, {@code hardirq:isr}),
 * at which source location, doing what ({@code spin_lock(&dev_lock)}), holding which locks after it.
 */
public record Step(int cpu, String context, Span span, String action, List<String> locksHeld) {}
