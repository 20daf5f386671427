/**
 * The lowering from the analysed syntax tree to the IR: expressions to three-address
 * instructions, statements to control-flow graphs (loops with counted back edges, wait loops
 * collapsed into {@code Await}), intrinsics to their instructions with lock classes, static
 * initializers to {@code Program.Init}, and litmus tests to programs with one function per process.
 * {@link dev.lockstep.ir.lower.Compiler} is the pipeline's entry.
 *
 * <p>Conventions of the IR it produces:
 * <ul>
 *   <li>Registers are mutable variables (not SSA) and start at zero; a local declared without an
 *       initializer is not written until assigned.</li>
 *   <li>Arrays decay to the address of their element 0 ({@code ElemAddr(@a, 0)}); {@code a[i]} is
 *       {@code ElemAddr} on the array's address, {@code p[i]} and {@code p + i} on the pointer's
 *       value; anonymous struct and union members are flattened into their container's fields.</li>
 *   <li>Calls of functions without a body are dropped (with a note) and give 0; every {@code Call}
 *       with a {@code FunctionRef} names a function of the program.</li>
 *   <li>{@code Contract.entries} holds the entry points the source fixes (annotations, file-scope
 *       {@code __entry} registrations, {@code struct file_operations} members); registrations made
 *       by running code stay {@code Register} and {@code Spawn} instructions. The semantic model
 *       ({@code Compiler.compileWithModel}) also knows those reached through helper parameters.</li>
 *   <li>The constant 0 converted to a pointer is {@code Value.Null}.</li>
 * </ul>
 */
package dev.lockstep.ir.lower;
