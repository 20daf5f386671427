package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.LocatedToken;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.grammar.LockstepLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Turns preprocessed tokens into the parser's tokens, ending with EOF. Tokens that can never be
 * part of the program (a stray character, an unterminated literal, a leftover {@code #}) are
 * reported here, at their position.
 */
public final class TokenFeed {

    /** Deeper nesting of parentheses, brackets and braces than this is refused (the parser recurses). */
    public static final int NESTING_LIMIT = 256;

    private TokenFeed() {}

    public static List<LocatedToken> toParser(List<PpToken> tokens, Span endOfInput) throws InputException {
        List<LocatedToken> out = new ArrayList<>(tokens.size() + 1);
        int depth = 0;
        for (PpToken t : tokens) {
            check(t);
            int type = t.type();
            if (type == LockstepLexer.LPAREN || type == LockstepLexer.LBRACKET || type == LockstepLexer.LBRACE) {
                if (++depth > NESTING_LIMIT) {
                    throw new InputException(Diagnostic.error(t.span(),
                            "parentheses, brackets and braces nested more than " + NESTING_LIMIT + " deep"));
                }
            } else if (type == LockstepLexer.RPAREN || type == LockstepLexer.RBRACKET || type == LockstepLexer.RBRACE) {
                depth = Math.max(0, depth - 1);
            }
            out.add(new LocatedToken(t.type(), t.text(), t.span()));
        }
        out.add(new LocatedToken(Token.EOF, "<EOF>", endOfInput));
        return out;
    }

    private static void check(PpToken t) throws InputException {
        String problem = switch (t.type()) {
            case LockstepLexer.STRAY, LockstepLexer.HASH, LockstepLexer.HASHHASH -> "stray '" + t.text() + "' in program";
            case LockstepLexer.UNTERMINATED_CHAR -> "missing terminating ' character";
            case LockstepLexer.UNTERMINATED_STRING -> "missing terminating \" character";
            default -> null;
        };
        if (problem != null) {
            throw new InputException(Diagnostic.error(t.span(), problem));
        }
    }
}
