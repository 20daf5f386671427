package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.lex.LocatedToken;
import dev.lockstep.grammar.LockstepLexer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * C's typedef ambiguity, solved between the preprocessor and the parser (the lexer hack): learns
 * typedef names from {@code typedef} declarations, block-scoped, and retypes their uses from IDENT
 * to TYPEDEF_NAME. A name declared again as a variable in a block hides the typedef there. An
 * unknown identifier directly followed by an identifier or a qualifier ({@code bool x},
 * {@code atomic_t v}) is a type name too, and so is one starting a file-scope parameter
 * {@code (spinlock_t *l)}: that keeps litmus tests and snippets parsing when a header is missing.
 * One instance keeps its knowledge across calls (a litmus prelude, then the test).
 */
public final class TypedefResolver {

    private final Deque<Map<String, Boolean>> scopes = new ArrayDeque<>();
    private final TypedefDeclarationTracker tracker = new TypedefDeclarationTracker();

    public TypedefResolver() {
        scopes.push(new HashMap<>());
    }

    public void resolve(List<LocatedToken> tokens) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            LocatedToken t = tokens.get(i);
            int type = t.getType();
            int prev = i > 0 ? tokens.get(i - 1).getType() : -1;
            if (type == LockstepLexer.LBRACE) {
                scopes.push(new HashMap<>());
            } else if (type == LockstepLexer.RBRACE && scopes.size() > 1) {
                scopes.pop();
            } else if (type == LockstepLexer.IDENT) {
                classify(tokens, i, prev);
            }
            String declared = tracker.step(t, prev, scopes.size());
            if (declared != null) {
                scopes.peek().put(declared, Boolean.TRUE);
            }
        }
    }

    private void classify(List<LocatedToken> tokens, int i, int prev) {
        LocatedToken t = tokens.get(i);
        String name = t.getText();
        if (prev == LockstepLexer.STRUCT || prev == LockstepLexer.UNION || prev == LockstepLexer.ENUM
                || prev == LockstepLexer.DOT || prev == LockstepLexer.ARROW || prev == LockstepLexer.GOTO) {
            return;
        }
        Boolean known = lookup(name);
        if (endsTypeSpecifier(tokens, i)) {
            if (Boolean.TRUE.equals(known) && scopes.size() > 1) {
                scopes.peek().put(name, Boolean.FALSE);
            }
            return;
        }
        if (Boolean.TRUE.equals(known)) {
            t.setType(LockstepLexer.TYPEDEF_NAME);
        } else if (known == null && (startsDeclarator(next(tokens, i + 1)) || fileScopeParameter(tokens, i, prev))) {
            t.setType(LockstepLexer.TYPEDEF_NAME);
        }
    }

    /** Whether the token before {@code i} ends a type specifier, so the identifier at i is a declarator name. */
    private static boolean endsTypeSpecifier(List<LocatedToken> tokens, int i) {
        if (i == 0) {
            return false;
        }
        int prev = tokens.get(i - 1).getType();
        if (prev == LockstepLexer.TYPEDEF_NAME || isBasicType(prev)) {
            return true;
        }
        int before = i > 1 ? tokens.get(i - 2).getType() : -1;
        return prev == LockstepLexer.IDENT
                && (before == LockstepLexer.STRUCT || before == LockstepLexer.UNION || before == LockstepLexer.ENUM);
    }

    private static boolean isBasicType(int type) {
        return type == LockstepLexer.VOID || type == LockstepLexer.CHAR || type == LockstepLexer.SHORT
                || type == LockstepLexer.INT || type == LockstepLexer.LONG || type == LockstepLexer.FLOAT
                || type == LockstepLexer.DOUBLE || type == LockstepLexer.SIGNED || type == LockstepLexer.UNSIGNED
                || type == LockstepLexer.BOOL;
    }

    private static boolean startsDeclarator(int next) {
        return next == LockstepLexer.IDENT || next == LockstepLexer.SPARSE_QUALIFIER || next == LockstepLexer.CONST
                || next == LockstepLexer.VOLATILE;
    }

    /** {@code (T *name,} or {@code (T *)} at file scope: a parameter of a prototype or litmus process. */
    private boolean fileScopeParameter(List<LocatedToken> tokens, int i, int prev) {
        if (scopes.size() > 1 || (prev != LockstepLexer.LPAREN && prev != LockstepLexer.COMMA)
                || next(tokens, i + 1) != LockstepLexer.STAR) {
            return false;
        }
        if (!inParameterList(tokens, i)) {
            return false;
        }
        int j = i + 1;
        while (next(tokens, j) == LockstepLexer.STAR || next(tokens, j) == LockstepLexer.CONST
                || next(tokens, j) == LockstepLexer.SPARSE_QUALIFIER) {
            j++;
        }
        int after = next(tokens, j);
        if (after == LockstepLexer.COMMA || after == LockstepLexer.RPAREN) {
            return true;
        }
        int following = next(tokens, j + 1);
        return after == LockstepLexer.IDENT && (following == LockstepLexer.COMMA
                || following == LockstepLexer.RPAREN || following == LockstepLexer.LBRACKET);
    }

    /** Whether the parenthesis around token i follows a name or a ')': a declarator's parameter list. */
    private static boolean inParameterList(List<LocatedToken> tokens, int i) {
        int depth = 0;
        for (int k = i - 1; k >= 0; k--) {
            int type = tokens.get(k).getType();
            if (type == LockstepLexer.RPAREN) {
                depth++;
            } else if (type == LockstepLexer.LPAREN) {
                if (depth == 0) {
                    int before = k > 0 ? tokens.get(k - 1).getType() : -1;
                    return before == LockstepLexer.IDENT || before == LockstepLexer.RPAREN;
                }
                depth--;
            } else if (type == LockstepLexer.SEMI || type == LockstepLexer.LBRACE || type == LockstepLexer.RBRACE) {
                return false;
            }
        }
        return false;
    }

    private static int next(List<LocatedToken> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).getType() : -1;
    }

    private Boolean lookup(String name) {
        for (Map<String, Boolean> scope : scopes) {
            Boolean entry = scope.get(name);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }
}
