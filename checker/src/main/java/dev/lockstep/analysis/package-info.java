/**
 * The static side of lockstep (the engine of {@code lockstep lint}): a path-sensitive lock-state
 * dataflow over every path of each function, interprocedural summaries computed bottom-up over the
 * call graph, the lock-order graph and lockdep's irq-usage states, and one small rule class per
 * static rule of the contract. Entry: {@link dev.lockstep.analysis.StaticAnalyzer}.
 */
package dev.lockstep.analysis;
