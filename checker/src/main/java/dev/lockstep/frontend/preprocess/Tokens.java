package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.frontend.lex.SourceLexer;
import dev.lockstep.grammar.LockstepLexer;
import java.util.List;

/** Small facts about preprocessing tokens: which are words, spelling runs of them, pasting two. */
final class Tokens {

    private Tokens() {}

    /** Identifiers and keywords: the tokens a macro name can be. */
    static boolean isWord(int type) {
        return type == LockstepLexer.IDENT || (type >= LockstepLexer.BREAK && type <= LockstepLexer.CONTEXT_ANNOTATION);
    }

    /** A C string literal whose value is {@code value}. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /** The {@code #} operator: the spelling of an argument as a string literal. */
    static String stringify(List<PpToken> arg) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < arg.size(); i++) {
            PpToken t = arg.get(i);
            if (i > 0 && t.spaceBefore()) {
                text.append(' ');
            }
            text.append(t.text());
        }
        return quote(text.toString());
    }

    /** The text of a run of tokens with single spaces where the source had white space. */
    static String spell(List<PpToken> tokens) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && tokens.get(i).spaceBefore()) {
                text.append(' ');
            }
            text.append(tokens.get(i).text());
        }
        return text.toString();
    }

    /** The {@code ##} operator: the one token spelled by the two spellings together. */
    static PpToken paste(PpToken left, PpToken right, Span use) throws InputException {
        String text = left.text() + right.text();
        List<PpToken> lexed = SourceLexer.lex(text, use.file(), SourceLexer.Dialect.C);
        if (lexed.size() != 1 || lexed.get(0).type() == LockstepLexer.NEWLINE || lexed.get(0).spaceBefore()) {
            throw new InputException(Diagnostic.error(use, "pasting '" + left.text() + "' and '" + right.text()
                    + "' does not give a valid preprocessing token"));
        }
        return new PpToken(lexed.get(0).type(), text, left.span(), left.spaceBefore(), left.hideSet(), left.fromMacro());
    }
}
