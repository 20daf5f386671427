package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.HideSet;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.grammar.LockstepLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expands macros in a run of tokens (Prosser's algorithm with hide sets). Every token that comes
 * out of an expansion carries the span of the outermost macro use in the user's text.
 */
final class MacroExpander {

    /** More replacement tokens than this from one run of text is a runaway macro, not a program. */
    private static final int EXPANSION_LIMIT = Preprocessor.TOKEN_LIMIT;

    private final Map<String, Macro> macros;
    private final MacroSubstitution substitution;
    /** The next value of {@code __COUNTER__} in this translation unit. */
    private int counter;

    MacroExpander(Map<String, Macro> macros) {
        this.macros = macros;
        this.substitution = new MacroSubstitution(this);
    }

    /** The fully expanded form of {@code input}. */
    List<PpToken> expand(List<PpToken> input) throws InputException {
        List<PpToken> pending = new ArrayList<>(input.size());
        for (int i = input.size() - 1; i >= 0; i--) {
            pending.add(input.get(i));
        }
        List<PpToken> out = new ArrayList<>(input.size());
        long produced = 0;
        PpToken written = null;
        while (!pending.isEmpty()) {
            PpToken token = pending.remove(pending.size() - 1);
            if (!token.fromMacro()) {
                written = token;
            }
            Macro macro = Tokens.isWord(token.type()) ? macros.get(token.text()) : null;
            if (macro == null || token.hideSet().contains(token.text())) {
                if (Tokens.isWord(token.type()) && isDynamic(token.text())) {
                    out.add(dynamic(token));
                } else {
                    out.add(token);
                }
                continue;
            }
            List<PpToken> replacement;
            if (!macro.functionLike()) {
                Span use = token.span();
                replacement = substitution.substitute(macro, null, token.hideSet().with(macro.name()), use,
                        token.spaceBefore());
            } else {
                if (pending.isEmpty() || pending.get(pending.size() - 1).type() != LockstepLexer.LPAREN) {
                    out.add(token);
                    continue;
                }
                pending.remove(pending.size() - 1);
                Invocation call = collectArguments(macro, token, pending);
                HideSet hide = token.hideSet().intersect(call.close().hideSet()).with(macro.name());
                replacement = substitution.substitute(macro, call.args(), hide, useSpan(token, call.close()),
                        token.spaceBefore());
            }
            produced += replacement.size();
            if (produced > EXPANSION_LIMIT) {
                PpToken use = written == null ? token : written;
                throw new InputException(Diagnostic.error(token.span(),
                        "macro expansion of '" + use.text() + "' grows beyond " + EXPANSION_LIMIT + " tokens"));
            }
            for (int i = replacement.size() - 1; i >= 0; i--) {
                pending.add(replacement.get(i));
            }
        }
        return out;
    }

    boolean isMacro(String name) {
        return macros.containsKey(name);
    }

    private record Invocation(List<List<PpToken>> args, PpToken close) {}

    private static Invocation collectArguments(Macro macro, PpToken name, List<PpToken> pending) throws InputException {
        List<List<PpToken>> args = new ArrayList<>();
        List<PpToken> current = new ArrayList<>();
        int depth = 0;
        boolean variadic = macro.shape() == Macro.Shape.VARIADIC;
        while (true) {
            if (pending.isEmpty()) {
                throw new InputException(Diagnostic.error(name.span(),
                        "unterminated argument list invoking macro '" + name.text() + "'"));
            }
            PpToken t = pending.remove(pending.size() - 1);
            if (t.type() == LockstepLexer.LPAREN) {
                depth++;
            } else if (t.type() == LockstepLexer.RPAREN) {
                if (depth == 0) {
                    args.add(current);
                    checkCount(macro, name, args);
                    return new Invocation(args, t);
                }
                depth--;
            } else if (t.type() == LockstepLexer.COMMA && depth == 0
                    && !(variadic && args.size() == macro.params().size() - 1)) {
                args.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(t);
        }
    }

    private static void checkCount(Macro macro, PpToken name, List<List<PpToken>> args) throws InputException {
        int wanted = macro.params().size();
        if (wanted == 0 && args.size() == 1 && args.get(0).isEmpty()) {
            args.clear();
            return;
        }
        if (macro.shape() == Macro.Shape.VARIADIC && args.size() == wanted - 1) {
            args.add(new ArrayList<>());
        }
        if (args.size() != wanted) {
            throw new InputException(Diagnostic.error(name.span(), "macro '" + name.text() + "' requires "
                    + wanted + " argument" + (wanted == 1 ? "" : "s") + ", but " + args.size() + " given"));
        }
    }

    private static Span useSpan(PpToken name, PpToken close) {
        if (name.fromMacro() || close.fromMacro() || !name.span().file().equals(close.span().file())) {
            return name.span();
        }
        return name.span().to(close.span());
    }

    private static boolean isDynamic(String name) {
        return name.equals("__LINE__") || name.equals("__FILE__") || name.equals("__COUNTER__");
    }

    private PpToken dynamic(PpToken token) {
        Span at = token.span();
        if (token.text().equals("__LINE__")) {
            return new PpToken(LockstepLexer.NUMBER, Integer.toString(at.line()), at, token.spaceBefore(),
                    token.hideSet(), true);
        }
        if (token.text().equals("__COUNTER__")) {
            return new PpToken(LockstepLexer.NUMBER, Integer.toString(counter++), at, token.spaceBefore(),
                    token.hideSet(), true);
        }
        return new PpToken(LockstepLexer.STRING_LITERAL, Tokens.quote(at.file()), at, token.spaceBefore(),
                token.hideSet(), true);
    }
}
