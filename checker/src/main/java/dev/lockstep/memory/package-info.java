/**
 * Execution graphs and the memory models as consistency predicates over them.
 *
 * <ul>
 *   <li>{@link dev.lockstep.memory.Models}: the bundled {@link dev.lockstep.memory.ModelTable}
 *       ({@code models/models.txt}: {@code sc}, {@code tso}, {@code arm}, {@code lkmm}, strongest
 *       first), each model defined by its cat file ({@link dev.lockstep.memory.cat}).</li>
 *   <li>{@link dev.lockstep.memory.EventTags}: the one place an event's marks (access mode, RMW
 *       ordering, fence, {@link dev.lockstep.memory.Primitive}) become the kernel's tags
 *       ({@link dev.lockstep.memory.KernelTag}); each cat file maps the tags to its machine's
 *       events. {@link dev.lockstep.memory.GraphView} is what a cat model reads of a graph.</li>
 *   <li>{@code ScModel}, {@code TsoModel}, {@code ArmModel}: fast checks of sc, tso and arm (a
 *       depth-first search over generating edges of each model's order), used instead of their cat
 *       files and tested equal to them; {@code TsoEvents} reads the tags as {@code tso.cat} does, and
 *       {@link dev.lockstep.memory.ArmClass} as {@code arm.cat} does, for {@code ArmEvents} and for
 *       the explorer's step check of arm.</li>
 *   <li>{@link dev.lockstep.memory.Coherence}: the per-location axioms all models share.</li>
 *   <li>{@link dev.lockstep.memory.BarrierAdvisor}: for a graph a weak model allows and sc does not,
 *       the cycle and the weakest fences or acquire/release marks that forbid it.</li>
 * </ul>
 */
package dev.lockstep.memory;
