/** From a file on disk to an immutable syntax tree: preprocessing, parsing with ANTLR, positioned diagnostics. */
package dev.lockstep.frontend;
