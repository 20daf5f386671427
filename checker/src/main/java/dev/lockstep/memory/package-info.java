/**
 * Execution graphs and the memory models ({@code sc}, {@code tso}, {@code arm}) as consistency
 * predicates over them.
 *
 * <ul>
 *   <li>{@link dev.lockstep.memory.Models}: the registry, strongest first.</li>
 *   <li>{@code ScModel}, {@code TsoModel}, {@code ArmModel}: fast checks (a depth-first search over
 *       generating edges of each model's order); {@code TsoEvents} and {@code ArmEvents} are the one
 *       place each model maps an event's marks (IR access, RMW ordering, fence) to the machine's
 *       event sets (herd's x86 and AArch64 compilations of the kernel's primitives).</li>
 *   <li>{@code ScAxioms}, {@code TsoAxioms}, {@code ArmAxioms}: the same models as herd's cat files
 *       read, in relation algebra over bit matrices ({@code Relation}); the reference the fast
 *       checks are tested against.</li>
 *   <li>{@link dev.lockstep.memory.Coherence}: the per-location axioms all models share.</li>
 *   <li>{@link dev.lockstep.memory.BarrierAdvisor}: for a graph a weak model allows and sc does not,
 *       the cycle and the weakest fences or acquire/release marks that forbid it.</li>
 * </ul>
 */
package dev.lockstep.memory;
