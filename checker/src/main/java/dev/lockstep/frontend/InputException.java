package dev.lockstep.frontend;

import java.util.List;

/**
 * The input cannot be checked: a syntax error, an unreadable file, a semantic error. Carries the
 * positioned diagnostics; the command line prints them and exits with code 2.
 */
public final class InputException extends Exception {

    private final transient List<Diagnostic> diagnostics;

    public InputException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "input error" : diagnostics.get(0).toString());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public InputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
