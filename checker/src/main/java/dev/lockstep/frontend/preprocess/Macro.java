package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.lex.PpToken;
import java.util.List;

/**
 * A {@code #define}: {@code params} is null for an object-like macro; a variadic macro's last
 * parameter collects the remaining arguments ({@code __VA_ARGS__}, or the GNU named form).
 */
public record Macro(String name, List<String> params, Shape shape, List<PpToken> body) {

    /** Whether the last parameter takes the rest of the arguments. */
    public enum Shape { FIXED, VARIADIC }

    public boolean functionLike() {
        return params != null;
    }

    public int paramIndex(String text) {
        return params == null ? -1 : params.indexOf(text);
    }
}
