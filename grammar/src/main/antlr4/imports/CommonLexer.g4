/*
 * The tokens of the kernel-C dialect, shared by the C lexer and the litmus lexer. Never fails: a
 * character that starts no token becomes STRAY, and unterminated literals and comments have
 * tokens of their own, so the preprocessor can report them with a position.
 */
lexer grammar CommonLexer;

// retyped from IDENT by the typedef pass; the lexer never produces it
tokens { TYPEDEF_NAME }

// keywords of C
BREAK : 'break';
CASE : 'case';
CHAR : 'char';
CONST : 'const' | '__const' | '__const__';
CONTINUE : 'continue';
DEFAULT : 'default';
DO : 'do';
DOUBLE : 'double';
ELSE : 'else';
ENUM : 'enum';
EXTERN : 'extern';
FLOAT : 'float';
FOR : 'for';
GOTO : 'goto';
IF : 'if';
INLINE : 'inline' | '__inline' | '__inline__';
INT : 'int';
LONG : 'long';
REGISTER : 'register';
AUTO : 'auto';
RESTRICT : 'restrict' | '__restrict' | '__restrict__';
RETURN : 'return';
SHORT : 'short';
SIGNED : 'signed' | '__signed' | '__signed__';
SIZEOF : 'sizeof';
STATIC : 'static';
STRUCT : 'struct';
SWITCH : 'switch';
TYPEDEF : 'typedef';
UNION : 'union';
UNSIGNED : 'unsigned';
VOID : 'void';
VOLATILE : 'volatile' | '__volatile' | '__volatile__';
WHILE : 'while';
BOOL : '_Bool';

// GNU and kernel extensions
ATTRIBUTE : '__attribute__' | '__attribute';
TYPEOF : 'typeof' | '__typeof__' | '__typeof';
ASM : 'asm' | '__asm__' | '__asm';
CONTAINER_OF : 'container_of';
OFFSETOF : 'offsetof' | '__builtin_offsetof';
ENTRY : '__entry';
SPARSE_QUALIFIER : '__rcu' | '__user' | '__iomem' | '__percpu' | '__force';
CONTEXT_ANNOTATION
    : '__process' | '__thread' | '__softirq' | '__tasklet' | '__timer' | '__bh' | '__hardirq' | '__irq'
    | '__nmi' | '__init' | '__final' | '__exit' | '__acquires' | '__releases' | '__must_hold'
    | '__might_sleep'
    ;


IDENT : [a-zA-Z_$] [a-zA-Z_0-9$]*;

// a preprocessing number: the front end decides what kind of constant it spells
NUMBER : '.'? [0-9] ([0-9a-zA-Z_.] | [eEpP] [+-])*;

CHAR_LITERAL : [LuU]? '\'' (~['\\\r\n] | '\\' ~[\r\n])+ '\'';
STRING_LITERAL : [LuU]? '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
UNTERMINATED_CHAR : [LuU]? '\'' (~['\\\r\n] | '\\' ~[\r\n])*;
UNTERMINATED_STRING : [LuU]? '"' (~["\\\r\n] | '\\' ~[\r\n])*;

// operators and punctuation
ELLIPSIS : '...';
SHL_ASSIGN : '<<=';
SHR_ASSIGN : '>>=';
ADD_ASSIGN : '+=';
SUB_ASSIGN : '-=';
MUL_ASSIGN : '*=';
DIV_ASSIGN : '/=';
MOD_ASSIGN : '%=';
AND_ASSIGN : '&=';
XOR_ASSIGN : '^=';
OR_ASSIGN : '|=';
ARROW : '->';
PLUSPLUS : '++';
MINUSMINUS : '--';
SHL : '<<';
SHR : '>>';
LE : '<=';
GE : '>=';
EQ : '==';
NE : '!=';
ANDAND : '&&';
OROR : '||';
HASHHASH : '##';
LITMUS_AND : '/\\';
LITMUS_OR : '\\/';
IMPLIES : '=>';
LPAREN : '(';
RPAREN : ')';
LBRACKET : '[';
RBRACKET : ']';
LBRACE : '{';
RBRACE : '}';
DOT : '.';
AMP : '&';
STAR : '*';
PLUS : '+';
MINUS : '-';
TILDE : '~';
NOT : '!';
DIV : '/';
MOD : '%';
LT : '<';
GT : '>';
CARET : '^';
PIPE : '|';
QUESTION : '?';
COLON : ':';
SEMI : ';';
COMMA : ',';
ASSIGN : '=';
HASH : '#';

// layout: the preprocessor needs the line structure, the parser never sees these
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'*;
LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN);
LINE_CONTINUATION : '\\' [ \t]* '\r'? '\n' -> channel(HIDDEN);
WS : [ \t\f\u000B]+ -> channel(HIDDEN);
NEWLINE : '\r'? '\n' | '\r';

STRAY : .;
