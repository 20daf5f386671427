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

    private TokenFeed() {}

    public static List<LocatedToken> toParser(List<PpToken> tokens, Span endOfInput) throws InputException {
        List<LocatedToken> out = new ArrayList<>(tokens.size() + 1);
        for (PpToken t : tokens) {
            check(t);
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
