/*
 * The lexer of memory models written in herd's cat language (the subset lockstep evaluates).
 * Names may contain '-' and '.' as in herd (po-loc, DMB.ISH); '_' alone is the set of all events.
 */
lexer grammar CatLexer;

COMMENT : '(*' .*? '*)' -> channel(HIDDEN);
UNTERMINATED_COMMENT : '(*' (~'*' | '*'+ ~[*)])* '*'*;
WS : [ \t\r\n]+ -> channel(HIDDEN);

INCLUDE : 'include';
LET : 'let';
REC : 'rec';
AND : 'and';
IN : 'in';
AS : 'as';
FLAG : 'flag';
ACYCLIC : 'acyclic';
IRREFLEXIVE : 'irreflexive';
EMPTY : 'empty';

LPAREN : '(';
RPAREN : ')';
LBRACKET : '[';
RBRACKET : ']';
COMMA : ',';
EQUALS : '=';
BAR : '|';
AMP : '&';
BACKSLASH : '\\';
SEMI : ';';
STAR : '*';
PLUS : '+';
QUESTION : '?';
INVERSE : '^-1';
TILDE : '~';
ZERO : '0';
UNIVERSE : '_';

NAME : [A-Za-z_] [A-Za-z0-9_.\-]*;
STRING : '"' ~["\r\n]* '"';
UNTERMINATED_STRING : '"' ~["\r\n]*;
ERROR_CHAR : .;
