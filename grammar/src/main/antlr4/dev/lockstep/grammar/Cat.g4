/*
 * Memory models in herd's cat language, the subset lockstep evaluates: a model name, includes,
 * definitions (values and functions), least fixpoints (let rec), and the checks acyclic,
 * irreflexive and empty, optionally negated (~empty) and as flags. Operators from loosest to
 * tightest: '|', ';', '\', '&', then '*' (cartesian product of two sets), then the postfix
 * closures '*', '+', '?', the inverse '^-1' and the complement '~'.
 */
parser grammar Cat;

options { tokenVocab = CatLexer; }

model : STRING? statement* EOF ;

statement
    : INCLUDE STRING                                        # include
    | LET REC? binding (AND binding)*                       # let
    | FLAG? TILDE? test expr (AS NAME)?                     # check
    ;

test : ACYCLIC | IRREFLEXIVE | EMPTY ;

binding : NAME (LPAREN (NAME (COMMA NAME)*)? RPAREN)? EQUALS expr ;

expr
    : LET REC? binding (AND binding)* IN expr               # letIn
    | relation                                              # plain
    ;

relation
    : primary                                               # atom
    | relation INVERSE                                      # inverse
    | relation op=(STAR | PLUS | QUESTION)                  # closure
    | TILDE relation                                        # complement
    | relation STAR relation                                # product
    | relation AMP relation                                 # intersection
    | <assoc=left> relation BACKSLASH relation              # difference
    | relation SEMI relation                                # sequence
    | relation BAR relation                                 # union
    ;

primary
    : NAME LPAREN (expr (COMMA expr)*)? RPAREN              # call
    | NAME                                                  # name
    | ZERO                                                  # nothing
    | UNIVERSE                                              # universe
    | LBRACKET expr RBRACKET                                # identityOn
    | LPAREN expr RPAREN                                    # group
    ;
