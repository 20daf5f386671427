/**
 * The lowering from the analysed syntax tree to the IR: expressions to three-address
 * instructions, statements to control-flow graphs (loops with counted back edges, wait loops
 * collapsed into {@code Await}), intrinsics to their instructions with lock classes, static
 * initializers to {@code Program.Init}, and litmus tests to programs with one function per process.
 * {@link dev.lockstep.ir.lower.Compiler} is the pipeline's entry.
 */
package dev.lockstep.ir.lower;
