package dev.lockstep.check;

import dev.lockstep.frontend.Diagnostic;
import java.util.Locale;

/**
 * A diagnostic as a compiler prints it: {@code file:line:col: error: message} at a position, and
 * {@code lockstep: error: file: message} for a whole file (one that cannot be read), as gcc does.
 */
public final class DiagnosticText {

    private DiagnosticText() {}

    public static String of(Diagnostic d) {
        if (d.span().line() > 0) {
            return d.toString();
        }
        return "lockstep: " + d.severity().name().toLowerCase(Locale.ROOT) + ": " + d.span().file() + ": "
                + d.message();
    }
}
