package dev.lockstep.frontend.lex;

import dev.lockstep.frontend.Span;

/**
 * A preprocessing token: its ANTLR token type and spelling, where it stands (for a token that came
 * out of a macro expansion: the span of the macro's use), whether white space preceded it, the
 * macros it must not be expanded by again, and whether it came out of an expansion.
 */
public record PpToken(int type, String text, Span span, boolean spaceBefore, HideSet hideSet, boolean fromMacro) {

    public PpToken withHideSet(HideSet newHideSet) {
        return new PpToken(type, text, span, spaceBefore, newHideSet, fromMacro);
    }

    /** This token as a product of a macro expansion used at {@code use}. */
    public PpToken expandedAt(Span use, HideSet newHideSet, boolean leadingSpace) {
        return new PpToken(type, text, use, leadingSpace, newHideSet, true);
    }

    public PpToken withSpaceBefore(boolean leadingSpace) {
        return new PpToken(type, text, span, leadingSpace, hideSet, fromMacro);
    }
}
