package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.grammar.LockstepLexer;
import java.util.ArrayList;
import java.util.List;

/** Reads the rest of a {@code #define} line into a {@link Macro}. */
final class MacroDefinitions {

    private static final String VA_ARGS = "__VA_ARGS__";

    private MacroDefinitions() {}

    static Macro parse(List<PpToken> line, Span directive) throws InputException {
        if (line.isEmpty() || !Tokens.isWord(line.get(0).type())) {
            Span at = line.isEmpty() ? directive : line.get(0).span();
            throw new InputException(Diagnostic.error(at, "macro names must be identifiers"));
        }
        PpToken name = line.get(0);
        int bodyStart = 1;
        List<String> params = null;
        Macro.Shape shape = Macro.Shape.FIXED;
        if (line.size() > 1 && line.get(1).type() == LockstepLexer.LPAREN && !line.get(1).spaceBefore()) {
            params = new ArrayList<>();
            int i = 2;
            while (true) {
                PpToken t = at(line, i, name);
                if (t.type() == LockstepLexer.RPAREN && params.isEmpty()) {
                    break;
                }
                if (t.type() == LockstepLexer.ELLIPSIS) {
                    params.add(VA_ARGS);
                    shape = Macro.Shape.VARIADIC;
                    t = at(line, ++i, name);
                    expect(t, LockstepLexer.RPAREN, "expected ')' after '...' in macro parameter list");
                    break;
                }
                if (!Tokens.isWord(t.type())) {
                    throw new InputException(Diagnostic.error(t.span(), "expected parameter name, found '" + t.text() + "'"));
                }
                params.add(t.text());
                t = at(line, ++i, name);
                if (t.type() == LockstepLexer.ELLIPSIS) {
                    shape = Macro.Shape.VARIADIC;
                    t = at(line, ++i, name);
                    expect(t, LockstepLexer.RPAREN, "expected ')' after '...' in macro parameter list");
                    break;
                }
                if (t.type() == LockstepLexer.RPAREN) {
                    break;
                }
                expect(t, LockstepLexer.COMMA, "expected ',' or ')' in macro parameter list");
                i++;
            }
            bodyStart = i + 1;
        }
        List<PpToken> body = List.copyOf(line.subList(bodyStart, line.size()));
        Macro macro = new Macro(name.text(), params == null ? null : List.copyOf(params), shape, body);
        check(macro, name);
        return macro;
    }

    private static void check(Macro macro, PpToken name) throws InputException {
        List<PpToken> body = macro.body();
        if (!body.isEmpty() && (body.get(0).type() == LockstepLexer.HASHHASH
                || body.get(body.size() - 1).type() == LockstepLexer.HASHHASH)) {
            throw new InputException(Diagnostic.error(name.span(),
                    "'##' cannot appear at either end of a macro expansion"));
        }
        if (!macro.functionLike()) {
            return;
        }
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).type() == LockstepLexer.HASH
                    && (i + 1 >= body.size() || macro.paramIndex(body.get(i + 1).text()) < 0)) {
                throw new InputException(Diagnostic.error(body.get(i).span(), "'#' is not followed by a macro parameter"));
            }
        }
    }

    private static PpToken at(List<PpToken> line, int i, PpToken name) throws InputException {
        if (i >= line.size()) {
            throw new InputException(Diagnostic.error(name.span(), "missing ')' in macro parameter list"));
        }
        return line.get(i);
    }

    private static void expect(PpToken t, int type, String message) throws InputException {
        if (t.type() != type) {
            throw new InputException(Diagnostic.error(t.span(), message));
        }
    }
}
