/**
 * Tokens with user positions: lexing a source text with the ANTLR lexers into preprocessing
 * tokens, and the tokens handed to the parser, which keep the file and the end of their span.
 */
package dev.lockstep.frontend.lex;
