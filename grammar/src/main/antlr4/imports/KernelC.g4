/*
 * A translation unit of the dialect: declarations, function definitions, entry registrations.
 * Factored so that every decision looks one token ahead: a function definition and a declaration
 * share their specifiers and first declarator, and part only at '{'.
 */
parser grammar KernelC;

translationUnit : externalDeclaration* EOF ;

externalDeclaration
    : declarationSpecifiers (SEMI | declarator declaratorTrailer* (compoundStatement | initializerTail))
    | entryRegistration
    | SEMI
    ;

initializerTail : (ASSIGN initializer)? (COMMA initDeclarator)* SEMI ;

entryRegistration : ENTRY LPAREN annotation COMMA IDENT RPAREN SEMI ;
