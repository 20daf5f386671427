/*
 * The parser of the dialect and of C litmus tests. One parser with two start rules
 * (translationUnit, litmusTest) so both share one set of parse-tree classes; the rules come from
 * the imported grammars. Typedef names arrive as TYPEDEF_NAME tokens (the front end retypes them),
 * so the grammar needs no actions and no semantic predicates.
 */
parser grammar LockstepParser;

options { tokenVocab = LitmusLexer; }

import KernelC, Litmus, Declarations, Statements, Expressions;
