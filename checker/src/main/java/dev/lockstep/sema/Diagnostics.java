package dev.lockstep.sema;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the errors and notes of one analysis; errors are thrown together at the end. */
public final class Diagnostics {

    private final List<Diagnostic> errors = new ArrayList<>();
    private final Set<Diagnostic> notes = new LinkedHashSet<>();

    public void error(Span span, String message) {
        errors.add(Diagnostic.error(span, message));
    }

    public void note(Span span, String message) {
        notes.add(Diagnostic.note(span, message));
    }

    public List<Diagnostic> notes() {
        return List.copyOf(notes);
    }

    /** Throws the collected errors, if any, as one {@link InputException}. */
    public void throwIfErrors() throws InputException {
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
    }
}
