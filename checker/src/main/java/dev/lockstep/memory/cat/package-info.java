/**
 * Memory models as data: an interpreter of herd's cat language (the subset the bundled models use)
 * over the relation algebra of {@link dev.lockstep.memory.Relation}.
 *
 * <ul>
 *   <li>{@link dev.lockstep.memory.cat.CatParser} reads a {@code .cat} file (grammar {@code Cat.g4})
 *       into {@link dev.lockstep.memory.cat.CatExpr} and {@link dev.lockstep.memory.cat.CatStatement};
 *       {@link dev.lockstep.memory.cat.CatLoader} follows its {@code include}s.</li>
 *   <li>{@link dev.lockstep.memory.cat.CatModel} evaluates a loaded model over a
 *       {@link dev.lockstep.memory.GraphView} ({@link dev.lockstep.memory.cat.Evaluator},
 *       {@link dev.lockstep.memory.cat.Primitives}): consistent, or the axiom that fails, and the
 *       flags raised.</li>
 * </ul>
 *
 * Values are event sets and relations over the graph's events, and functions; {@code 0} is empty of
 * either kind. Errors in a model (syntax, unknown names, a relation where a set belongs) are
 * positioned diagnostics found when the model is loaded.
 */
package dev.lockstep.memory.cat;
