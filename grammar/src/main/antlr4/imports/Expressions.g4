/* C expressions with C's precedence, GNU statement expressions, container_of and offsetof. */
parser grammar Expressions;

expression : expr (COMMA expr)* ;

constantExpression : expr EOF ;

expr
    : primaryExpr                                                           # primary
    | expr LBRACKET expression RBRACKET                                     # index
    | expr LPAREN argumentList? RPAREN                                      # call
    | expr op=(DOT | ARROW) memberName                                      # member
    | expr op=(PLUSPLUS | MINUSMINUS)                                       # postfix
    | <assoc=right> op=(PLUSPLUS | MINUSMINUS | AMP | STAR | PLUS | MINUS | TILDE | NOT) expr  # unary
    | SIZEOF LPAREN typeName RPAREN                                         # sizeofType
    | <assoc=right> SIZEOF expr                                             # sizeofExpr
    | <assoc=right> LPAREN typeName RPAREN expr                             # cast
    | expr op=(STAR | DIV | MOD) expr                                       # binary
    | expr op=(PLUS | MINUS) expr                                           # binary
    | expr op=(SHL | SHR) expr                                              # binary
    | expr op=(LT | GT | LE | GE) expr                                      # binary
    | expr op=(EQ | NE) expr                                                # binary
    | expr op=AMP expr                                                      # binary
    | expr op=CARET expr                                                    # binary
    | expr op=PIPE expr                                                     # binary
    | expr op=ANDAND expr                                                   # binary
    | expr op=OROR expr                                                     # binary
    | <assoc=right> expr QUESTION expression? COLON expr                    # conditional
    | <assoc=right> expr assignOp expr                                      # assign
    ;

assignOp
    : ASSIGN | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | ADD_ASSIGN | SUB_ASSIGN
    | SHL_ASSIGN | SHR_ASSIGN | AND_ASSIGN | XOR_ASSIGN | OR_ASSIGN
    ;

primaryExpr
    : IDENT                                                                 # nameExpr
    | NUMBER                                                                # numberExpr
    | CHAR_LITERAL                                                          # charExpr
    | STRING_LITERAL+                                                       # stringExpr
    | LPAREN expression RPAREN                                              # parenExpr
    | LPAREN compoundStatement RPAREN                                       # statementExpr
    | LPAREN typeName RPAREN initializerList                                # compoundLiteral
    | CONTAINER_OF LPAREN expr COMMA typeName COMMA memberDesignator RPAREN # containerOf
    | OFFSETOF LPAREN typeName COMMA memberDesignator RPAREN                # offsetOf
    ;

argumentList : expr (COMMA expr)* ;

memberName : IDENT | TYPEDEF_NAME ;

memberDesignator : memberName (DOT memberName | LBRACKET expr RBRACKET)* ;
