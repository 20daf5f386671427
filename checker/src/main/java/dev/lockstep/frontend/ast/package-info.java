/** The immutable syntax tree of the dialect and of C litmus tests: records with source spans. */
package dev.lockstep.frontend.ast;
