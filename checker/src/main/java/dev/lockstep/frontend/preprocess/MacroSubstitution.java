package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.HideSet;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.grammar.LockstepLexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces one macro use by the macro's body: parameters by their (expanded) arguments, {@code #}
 * by a string literal, {@code ##} by pasting, GNU's {@code , ## __VA_ARGS__} dropping the comma
 * when there are no variable arguments. Every result token gets the use's span.
 */
final class MacroSubstitution {

    /** Stands for an empty argument next to {@code ##} until pasting is done. */
    private static final int PLACEMARKER = -2;

    private final MacroExpander expander;

    MacroSubstitution(MacroExpander expander) {
        this.expander = expander;
    }

    List<PpToken> substitute(Macro macro, List<List<PpToken>> args, HideSet hide, Span use, boolean spaceBefore)
            throws InputException {
        List<PpToken> body = macro.body();
        List<PpToken> result = new ArrayList<>(body.size() + 8);
        Map<Integer, List<PpToken>> expandedArgs = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            PpToken t = body.get(i);
            int param = macro.paramIndex(t.text());
            if (t.type() == LockstepLexer.HASH && macro.functionLike() && i + 1 < body.size()
                    && macro.paramIndex(body.get(i + 1).text()) >= 0) {
                List<PpToken> arg = args.get(macro.paramIndex(body.get(i + 1).text()));
                result.add(new PpToken(LockstepLexer.STRING_LITERAL, Tokens.stringify(arg), use, t.spaceBefore(),
                        HideSet.EMPTY, true));
                i++;
            } else if (t.type() == LockstepLexer.HASHHASH && i + 1 < body.size()) {
                i++;
                paste(macro, args, result, body.get(i), use);
            } else if (param >= 0 && Tokens.isWord(t.type())) {
                boolean pasted = i + 1 < body.size() && body.get(i + 1).type() == LockstepLexer.HASHHASH;
                List<PpToken> arg = pasted ? args.get(param) : expandedArgs.get(param);
                if (arg == null) {
                    arg = expander.expand(args.get(param));
                    expandedArgs.put(param, arg);
                }
                if (arg.isEmpty() && pasted) {
                    result.add(new PpToken(PLACEMARKER, "", use, false, HideSet.EMPTY, true));
                }
                for (int k = 0; k < arg.size(); k++) {
                    result.add(k == 0 ? arg.get(k).withSpaceBefore(t.spaceBefore()) : arg.get(k));
                }
            } else {
                result.add(t);
            }
        }
        List<PpToken> out = new ArrayList<>(result.size());
        for (PpToken t : result) {
            if (t.type() != PLACEMARKER) {
                boolean space = out.isEmpty() ? spaceBefore : t.spaceBefore();
                out.add(t.expandedAt(use, t.hideSet().union(hide), space));
            }
        }
        return out;
    }

    /** {@code left ## right}: left is the last token of {@code result}. */
    private static void paste(Macro macro, List<List<PpToken>> args, List<PpToken> result, PpToken rightToken, Span use)
            throws InputException {
        int param = macro.paramIndex(rightToken.text());
        List<PpToken> right = param >= 0 && Tokens.isWord(rightToken.type()) ? args.get(param) : List.of(rightToken);
        PpToken left = result.isEmpty() ? null : result.remove(result.size() - 1);
        boolean variadicRest = macro.functionLike() && param == macro.params().size() - 1
                && macro.shape() == Macro.Shape.VARIADIC;
        if (left != null && left.type() == LockstepLexer.COMMA && variadicRest) {
            if (!right.isEmpty()) {
                result.add(left);
                result.addAll(right);
            }
            return;
        }
        if (left == null || left.type() == PLACEMARKER) {
            if (right.isEmpty()) {
                result.add(new PpToken(PLACEMARKER, "", use, false, HideSet.EMPTY, true));
            }
            result.addAll(right);
            return;
        }
        if (right.isEmpty()) {
            result.add(left);
            return;
        }
        result.add(Tokens.paste(left, right.get(0), use));
        result.addAll(right.subList(1, right.size()));
    }
}
