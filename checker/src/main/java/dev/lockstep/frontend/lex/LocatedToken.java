package dev.lockstep.frontend.lex;

import dev.lockstep.frontend.Span;
import org.antlr.v4.runtime.CommonToken;

/** A token handed to the parser: an ANTLR token that also knows its file and the end of its span. */
public final class LocatedToken extends CommonToken {

    private static final long serialVersionUID = 1L;

    private final Span span;

    public LocatedToken(int type, String text, Span span) {
        super(type, text);
        this.span = span;
        setLine(span.line());
        setCharPositionInLine(Math.max(0, span.column() - 1));
    }

    public Span span() {
        return span;
    }
}
