package dev.lockstep.frontend.lex;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.grammar.LitmusLexer;
import dev.lockstep.grammar.LockstepLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Lexes a source text with the ANTLR lexer into preprocessing tokens: white space and comments
 * become the {@code spaceBefore} flag of the next token, line ends stay as NEWLINE tokens (the
 * preprocessor needs them). Only an unterminated comment is an error here; other bad tokens
 * (a stray character, an unterminated literal) are reported when they reach the parser.
 */
public final class SourceLexer {

    /** Which lexer: the C one, or the litmus one that also knows herd's comments. */
    public enum Dialect { C, LITMUS }

    /** Editors hide it, so columns count from the character after it. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SourceLexer() {}

    public static List<PpToken> lex(String source, String file, Dialect dialect) throws InputException {
        String text = !source.isEmpty() && source.charAt(0) == BYTE_ORDER_MARK ? source.substring(1) : source;
        Lexer lexer = dialect == Dialect.LITMUS
                ? new LitmusLexer(CharStreams.fromString(text, file))
                : new LockstepLexer(CharStreams.fromString(text, file));
        lexer.removeErrorListeners();
        List<PpToken> tokens = new ArrayList<>(text.length() / 4 + 16);
        boolean space = false;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            int type = t.getType();
            if (type == LockstepLexer.UNTERMINATED_COMMENT || type == LitmusLexer.UNTERMINATED_LITMUS_COMMENT) {
                throw new InputException(Diagnostic.error(startOf(t, file), "unterminated comment"));
            }
            if (type == LockstepLexer.NEWLINE) {
                tokens.add(new PpToken(type, "\n", startOf(t, file), space, HideSet.EMPTY, false));
                space = false;
            } else if (t.getChannel() == Token.HIDDEN_CHANNEL) {
                space = true;
            } else {
                tokens.add(new PpToken(type, t.getText(), spanOf(t, file), space, HideSet.EMPTY, false));
                space = false;
            }
        }
        return tokens;
    }

    private static Span startOf(Token t, String file) {
        return Span.at(file, t.getLine(), t.getCharPositionInLine() + 1);
    }

    private static Span spanOf(Token t, String file) {
        int column = t.getCharPositionInLine() + 1;
        return new Span(file, t.getLine(), column, t.getLine(), column + t.getText().length());
    }
}
