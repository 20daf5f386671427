/*
 * The lexer of .litmus files: the shared tokens (with the same token types, through the
 * vocabulary of LockstepLexer) plus herd's comments (* ... *). A comment opens with "(*" and white
 * space, so that C code such as READ_ONCE(*x) in the processes lexes as C.
 */
lexer grammar LitmusLexer;

options { tokenVocab = LockstepLexer; }

import CommonLexer;

LITMUS_COMMENT : '(*' [ \t\r\n] .*? '*)' -> channel(HIDDEN);
UNTERMINATED_LITMUS_COMMENT : '(*' [ \t\r\n] (~'*' | '*'+ ~[*)])* '*'*;
