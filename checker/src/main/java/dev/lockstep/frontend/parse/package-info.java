/**
 * From preprocessed tokens to the AST: the typedef pass that retypes type names, the ANTLR parser
 * run SLL first and full LL on failure, readable syntax errors, and the builders that fold the
 * parse tree into the immutable records of {@code frontend.ast}.
 */
package dev.lockstep.frontend.parse;
