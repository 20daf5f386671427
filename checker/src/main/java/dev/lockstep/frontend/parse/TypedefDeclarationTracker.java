package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.lex.LocatedToken;
import dev.lockstep.grammar.LockstepLexer;

/**
 * Follows one {@code typedef} declaration token by token and names each declarator's identifier:
 * the first plain identifier of every comma-separated declarator, outside struct bodies, array
 * sizes, attribute and typeof arguments ({@code typedef void (*fn_t)(int x);} declares fn_t only).
 */
final class TypedefDeclarationTracker {

    private boolean active;
    private int baseDepth;
    private int parens;
    private int brackets;
    private int skipAtParens = -1;
    private boolean nameFound;

    /** Feeds the next token (already classified); returns a typedef name it declares, or null. */
    String step(LocatedToken t, int prev, int braceDepth) {
        int type = t.getType();
        if (type == LockstepLexer.TYPEDEF) {
            active = true;
            baseDepth = braceDepth;
            parens = 0;
            brackets = 0;
            skipAtParens = -1;
            nameFound = false;
            return null;
        }
        if (!active) {
            return null;
        }
        if (braceDepth < baseDepth) {
            active = false;
            return null;
        }
        if (braceDepth > baseDepth || type == LockstepLexer.RBRACE) {
            return null;
        }
        switch (type) {
            case LockstepLexer.LPAREN -> {
                if (skipAtParens < 0 && (prev == LockstepLexer.ATTRIBUTE || prev == LockstepLexer.TYPEOF
                        || prev == LockstepLexer.CONTEXT_ANNOTATION)) {
                    skipAtParens = parens;
                }
                parens++;
            }
            case LockstepLexer.RPAREN -> {
                parens--;
                if (parens == skipAtParens) {
                    skipAtParens = -1;
                }
            }
            case LockstepLexer.LBRACKET -> brackets++;
            case LockstepLexer.RBRACKET -> brackets--;
            case LockstepLexer.COMMA -> {
                if (parens == 0 && brackets == 0) {
                    nameFound = false;
                }
            }
            case LockstepLexer.SEMI -> {
                if (parens <= 0 && brackets <= 0) {
                    active = false;
                }
            }
            case LockstepLexer.IDENT -> {
                if (!nameFound && skipAtParens < 0 && brackets == 0 && prev != LockstepLexer.STRUCT
                        && prev != LockstepLexer.UNION && prev != LockstepLexer.ENUM) {
                    nameFound = true;
                    return t.getText();
                }
            }
            default -> { }
        }
        return null;
    }
}
