package dev.lockstep.frontend;

/**
 * A message about the input at a location: a syntax or semantic error ({@code expected ';'}),
 * or a note ({@code include <linux/foo.h> resolves nowhere}).
 */
public record Diagnostic(Severity severity, Span span, String message) {

    public enum Severity { ERROR, WARNING, NOTE }

    public static Diagnostic error(Span span, String message) {
        return new Diagnostic(Severity.ERROR, span, message);
    }

    public static Diagnostic note(Span span, String message) {
        return new Diagnostic(Severity.NOTE, span, message);
    }

    /** The gcc shape: {@code file:line:col: error: message}. */
    @Override
    public String toString() {
        return span + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
