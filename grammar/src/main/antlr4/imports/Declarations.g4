/*
 * C declarations: specifiers (with GNU attributes, sparse qualifiers and lockstep's context
 * annotations), declarators, struct/union/enum specifiers, type names and initializers.
 */
parser grammar Declarations;

declaration : declarationSpecifiers (initDeclarator (COMMA initDeclarator)*)? SEMI ;

declarationSpecifiers : declarationSpecifier+ ;

declarationSpecifier
    : storageClass
    | typeSpecifier
    | typeQualifier
    | annotation
    | attribute
    ;

storageClass : TYPEDEF | EXTERN | STATIC | REGISTER | INLINE | AUTO ;

typeSpecifier
    : basicType                                           # basicTypeSpecifier
    | structSpecifier                                     # structTypeSpecifier
    | enumSpecifier                                       # enumTypeSpecifier
    | TYPEDEF_NAME                                        # typedefNameSpecifier
    | TYPEOF LPAREN (typeName | expression) RPAREN        # typeofSpecifier
    ;

basicType : VOID | CHAR | SHORT | INT | LONG | FLOAT | DOUBLE | SIGNED | UNSIGNED | BOOL ;

typeQualifier : CONST | VOLATILE | RESTRICT | SPARSE_QUALIFIER ;

annotation : CONTEXT_ANNOTATION (LPAREN (annotationArg (COMMA annotationArg)*)? RPAREN)? ;

annotationArg
    : IDENT ASSIGN expr                                   # keyedArg
    | expr                                                # positionalArg
    ;

attribute : ATTRIBUTE LPAREN LPAREN balancedToken* RPAREN RPAREN ;

balancedToken
    : LPAREN balancedToken* RPAREN
    | ~(LPAREN | RPAREN)
    ;

initDeclarator : declarator declaratorTrailer* (ASSIGN initializer)? ;

declaratorTrailer : annotation | attribute ;

declarator : pointer* directDeclarator ;

pointer : STAR (typeQualifier | attribute)* ;

directDeclarator : (IDENT | LPAREN attribute* declarator RPAREN) declaratorSuffix* ;

declaratorSuffix
    : LBRACKET expr? RBRACKET                             # arraySuffix
    | LPAREN parameterList? RPAREN                        # functionSuffix
    ;

parameterList : parameterDeclaration (COMMA parameterDeclaration)* (COMMA ELLIPSIS)? ;

parameterDeclaration : declarationSpecifiers (declarator attribute* | abstractDeclarator)? ;

abstractDeclarator
    : pointer+ directAbstractDeclarator?
    | directAbstractDeclarator
    ;

directAbstractDeclarator : (LPAREN attribute* abstractDeclarator RPAREN | declaratorSuffix) declaratorSuffix* ;

typeName : specifierQualifier+ abstractDeclarator? ;

specifierQualifier : typeSpecifier | typeQualifier | attribute ;

structSpecifier
    : structKind attribute* IDENT? LBRACE structMember* RBRACE
    | structKind attribute* IDENT
    ;

structKind : STRUCT | UNION ;

/* A lone ';' among the members is GCC's empty declaration (what a macro with no extra members leaves). */
structMember : specifierQualifier+ (structDeclarator (COMMA structDeclarator)*)? SEMI | SEMI ;

/* A member's trailer may carry a context annotation: a function stored in it runs in that context. */
structDeclarator
    : declarator declaratorTrailer* (COLON expr)? attribute*
    | COLON expr
    ;

enumSpecifier
    : ENUM attribute* IDENT? LBRACE enumerator (COMMA enumerator)* COMMA? RBRACE
    | ENUM attribute* IDENT
    ;

enumerator : IDENT (ASSIGN expr)? ;

initializer : expr | initializerList ;

initializerList : LBRACE (initItem (COMMA initItem)* COMMA?)? RBRACE ;

initItem : (designator+ ASSIGN)? initializer ;

designator
    : LBRACKET expr RBRACKET                              # elementDesignator
    | DOT memberName                                      # fieldDesignator
    ;
