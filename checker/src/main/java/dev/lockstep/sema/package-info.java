/**
 * Semantic analysis of the dialect: name resolution with block scoping, C types and the typing of
 * every expression, constant evaluation, lockdep-style lock class names, and the contexts
 * (process, softirq, hardirq, ...) every function may run in, from annotations, registration
 * idioms and propagation over the call graph. The result is an immutable {@link SemanticModel}.
 */
package dev.lockstep.sema;
