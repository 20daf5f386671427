/*
 * herd7's C litmus format: a name line, the initial state, processes written in the dialect, and
 * the final clauses (locations, filter, exists / ~exists / forall). Which word a clause starts
 * with is checked by the front end.
 */
parser grammar Litmus;

litmusTest : litmusName litmusInit litmusProcess+ litmusClause* EOF ;

litmusName : ~LBRACE+ ;

litmusInit : LBRACE (litmusInitEntry (SEMI litmusInitEntry)* SEMI?)? RBRACE ;

litmusInitEntry
    : NUMBER COLON IDENT (ASSIGN initializer)?                                  # registerInit
    | declarationSpecifiers declarator (ASSIGN initializer)?                    # typedInit
    | IDENT ASSIGN initializer                                                  # locationInit
    ;

litmusProcess : declarationSpecifiers? IDENT LPAREN parameterList? RPAREN compoundStatement ;

litmusClause
    : IDENT LBRACKET (litmusLocation (SEMI litmusLocation)* SEMI?)? RBRACKET    # locationsClause
    | TILDE? clauseWord prop                                                    # quantifiedClause
    ;

// a word followed by a name, as in "exists x=1", arrives retyped as a type name
clauseWord : IDENT | TYPEDEF_NAME ;

litmusLocation : (NUMBER COLON)? IDENT ;

prop
    : TILDE prop                                                                # notProp
    | prop LITMUS_AND prop                                                      # andProp
    | prop LITMUS_OR prop                                                       # orProp
    | <assoc=right> prop IMPLIES prop                                           # impliesProp
    | LPAREN prop RPAREN                                                        # parenProp
    | (NUMBER COLON)? IDENT (ASSIGN | EQ) litmusValue                           # equalsProp
    | (IDENT | NUMBER)                                                          # constProp
    ;

litmusValue
    : MINUS? NUMBER                                                             # numberValue
    | IDENT                                                                     # nameValue
    ;
