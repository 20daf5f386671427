package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.grammar.LockstepLexer;
import java.util.List;

/** The operand of {@code #include}: {@code <linux/spinlock.h>} or {@code "dev.h"}. */
record HeaderName(String name, Kind kind) {

    enum Kind { SYSTEM, QUOTED }

    String spelling() {
        return kind == Kind.SYSTEM ? "<" + name + ">" : "\"" + name + "\"";
    }

    static HeaderName parse(List<PpToken> operand, Span at, MacroExpander expander) throws InputException {
        HeaderName direct = literal(operand);
        if (direct != null) {
            return direct;
        }
        HeaderName expanded = literal(expander.expand(operand));
        if (expanded != null) {
            return expanded;
        }
        throw new InputException(Diagnostic.error(at, "#include expects \"FILENAME\" or <FILENAME>"));
    }

    private static HeaderName literal(List<PpToken> operand) {
        if (operand.size() == 1 && operand.get(0).type() == LockstepLexer.STRING_LITERAL
                && operand.get(0).text().startsWith("\"")) {
            String text = operand.get(0).text();
            String name = text.substring(1, text.length() - 1);
            return name.isEmpty() ? null : new HeaderName(name, Kind.QUOTED);
        }
        if (operand.size() >= 3 && operand.get(0).type() == LockstepLexer.LT
                && operand.get(operand.size() - 1).type() == LockstepLexer.GT) {
            String name = Tokens.spell(operand.subList(1, operand.size() - 1));
            return name.isEmpty() ? null : new HeaderName(name, Kind.SYSTEM);
        }
        return null;
    }
}
