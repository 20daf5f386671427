package dev.lockstep.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/** Text edits at a line (1-based, as source spans count) and an offset into it (0-based characters). */
final class Edits {

    private Edits() {}

    static TextEdit replace(int line, int offset, int endLine, int endOffset, String text) {
        return new TextEdit(new Range(new Position(line - 1, offset), new Position(endLine - 1, endOffset)), text);
    }

    static TextEdit insert(int line, int offset, String text) {
        return replace(line, offset, line, offset, text);
    }

    /** {@code text} as a new line before line {@code line}. */
    static TextEdit insertLine(int line, String text) {
        return insert(line, 0, text + "\n");
    }
}
