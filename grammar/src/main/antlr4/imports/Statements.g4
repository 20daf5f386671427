/* C statements, with GNU case ranges and GNU inline asm (its operands are kept as balanced tokens). */
parser grammar Statements;

compoundStatement : LBRACE blockItem* RBRACE ;

blockItem : declaration | statement ;

statement
    : compoundStatement                                                         # blockStmt
    | IDENT COLON attribute* statement                                          # labeledStmt
    | CASE expr (ELLIPSIS expr)? COLON statement                                # caseStmt
    | DEFAULT COLON statement                                                   # defaultStmt
    | expression SEMI                                                           # exprStmt
    | SEMI                                                                      # emptyStmt
    | attribute+ SEMI                                                           # attributeStmt
    | ASM (VOLATILE | GOTO | INLINE)* LPAREN balancedToken* RPAREN SEMI          # asmStmt
    | IF LPAREN expression RPAREN statement (ELSE statement)?                   # ifStmt
    | SWITCH LPAREN expression RPAREN statement                                 # switchStmt
    | WHILE LPAREN expression RPAREN statement                                  # whileStmt
    | DO statement WHILE LPAREN expression RPAREN SEMI                          # doWhileStmt
    | FOR LPAREN forInit expression? SEMI expression? RPAREN statement          # forStmt
    | GOTO IDENT SEMI                                                           # gotoStmt
    | CONTINUE SEMI                                                             # continueStmt
    | BREAK SEMI                                                                # breakStmt
    | RETURN expression? SEMI                                                   # returnStmt
    ;

forInit
    : declaration
    | expression? SEMI
    ;
