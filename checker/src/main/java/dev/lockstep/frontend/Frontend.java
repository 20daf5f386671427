package dev.lockstep.frontend;

import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.TranslationUnit;
import java.nio.file.Path;
import java.util.List;

/**
 * The front end's entry: preprocess and parse a {@code .c} (or {@code .h}) file or a
 * {@code .litmus} file into the AST. Notes (an include that resolves nowhere) come back with the
 * result; errors are thrown as {@link InputException} with file:line:col and what was expected.
 */
public interface Frontend {

    /** A parsed C file and the notes made on the way. */
    record CFile(TranslationUnit unit, List<Diagnostic> notes) {}

    /** A parsed litmus test, the declarations of its implicit prelude, and the notes made on the way. */
    record LitmusFile(Litmus litmus, TranslationUnit prelude, List<Diagnostic> notes) {}

    CFile parseC(Path file) throws InputException;

    LitmusFile parseLitmus(Path file) throws InputException;

    /** The stdlib header that defines {@code name} ({@code <linux/bug.h>} for {@code BUG_ON}), if one does. */
    default java.util.Optional<String> headerDefining(String name) {
        return java.util.Optional.empty();
    }
}
