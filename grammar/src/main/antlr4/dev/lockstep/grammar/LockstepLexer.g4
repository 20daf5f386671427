/* The lexer of .c and .h files: exactly the shared tokens. */
lexer grammar LockstepLexer;

import CommonLexer;
