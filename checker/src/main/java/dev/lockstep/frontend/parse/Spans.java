package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Spans of parse-tree pieces, from their first token's start to their last token's end. */
final class Spans {

    private Spans() {}

    static Span of(Token token) {
        return SyntaxMessages.spanOf(token);
    }

    static Span of(TerminalNode node) {
        return of(node.getSymbol());
    }

    static Span of(ParserRuleContext ctx) {
        return between(ctx.getStart(), ctx.getStop());
    }

    static Span between(Token first, Token last) {
        Span start = of(first);
        if (last == null || last.getTokenIndex() < first.getTokenIndex()) {
            return start;
        }
        Span end = of(last);
        if (!end.file().equals(start.file()) || end.endLine() < start.line()) {
            return start;
        }
        return start.to(end);
    }
}
