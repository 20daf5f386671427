/* A translation unit of the dialect: declarations, function definitions, entry registrations. */
parser grammar KernelC;

translationUnit : externalDeclaration* EOF ;

externalDeclaration
    : functionDefinition
    | declaration
    | entryRegistration
    | SEMI
    ;

functionDefinition : declarationSpecifiers declarator declaratorTrailer* compoundStatement ;

entryRegistration : ENTRY LPAREN annotation COMMA IDENT RPAREN SEMI ;
