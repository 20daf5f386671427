/**
 * The AST back to C source that parses to the same AST, and structural equality of ASTs that
 * ignores source spans.
 */
package dev.lockstep.frontend.print;
