package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.lex.HideSet;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.frontend.parse.ExpressionParsing;
import dev.lockstep.grammar.LockstepLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * The condition of {@code #if} and {@code #elif}: {@code defined} answered, macros expanded, the
 * remaining identifiers read as 0, the result parsed by the dialect's expression grammar and folded.
 */
final class IfCondition {

    private final MacroExpander expander;

    IfCondition(MacroExpander expander) {
        this.expander = expander;
    }

    boolean evaluate(List<PpToken> tokens, Span at) throws InputException {
        List<PpToken> expanded = expander.expand(answerDefined(tokens, at));
        List<PpToken> numeric = new ArrayList<>(expanded.size());
        for (PpToken t : expanded) {
            numeric.add(Tokens.isWord(t.type()) ? number(t, "0") : t);
        }
        if (numeric.isEmpty()) {
            throw new InputException(Diagnostic.error(at, "#if with no expression"));
        }
        Expr condition = ExpressionParsing.constant(numeric, at);
        return ConstantFolder.value(condition) != 0;
    }

    private List<PpToken> answerDefined(List<PpToken> tokens, Span at) throws InputException {
        List<PpToken> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            PpToken t = tokens.get(i);
            if (!t.text().equals("defined")) {
                out.add(t);
                continue;
            }
            boolean parenthesized = i + 1 < tokens.size() && tokens.get(i + 1).type() == LockstepLexer.LPAREN;
            int nameAt = parenthesized ? i + 2 : i + 1;
            if (nameAt >= tokens.size() || !Tokens.isWord(tokens.get(nameAt).type())
                    || (parenthesized && (nameAt + 1 >= tokens.size()
                            || tokens.get(nameAt + 1).type() != LockstepLexer.RPAREN))) {
                throw new InputException(Diagnostic.error(t.span(), "operator 'defined' requires an identifier"));
            }
            out.add(number(t, expander.isMacro(tokens.get(nameAt).text()) ? "1" : "0"));
            i = parenthesized ? nameAt + 1 : nameAt;
        }
        return out;
    }

    private static PpToken number(PpToken at, String value) {
        return new PpToken(LockstepLexer.NUMBER, value, at.span(), at.spaceBefore(), HideSet.EMPTY, at.fromMacro());
    }
}
