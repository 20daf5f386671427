package dev.lockstep.frontend;

import java.util.Objects;

/**
 * A region of a user's source file: 1-based line and column of its first character, and of the
 * character after its last one. Code that came out of a macro expansion carries the span of the
 * macro's use in the user's file, so every diagnostic points at a line the user wrote.
 */
public record Span(String file, int line, int column, int endLine, int endColumn) {
    /** Written out: the generated one bootstraps method handles when first called, at start-up. */
    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, endLine, endColumn);
    }

    /** A span that stands for code the checker made up (no user location). */
    public static final Span NONE = new Span("<none>", 0, 0, 0, 0);

    /** How the files of the stdlib (the kernel API the checker brings) are named in spans. */
    public static final String STDLIB_PREFIX = "stdlib/";

    /** Whether this is a location in the stdlib rather than in the user's code. */
    public boolean inStdlib() {
        return file.startsWith(STDLIB_PREFIX);
    }

    public static Span at(String file, int line, int column) {
        return new Span(file, line, column, line, column);
    }

    /** The span from this one's start to {@code other}'s end (both in one file). */
    public Span to(Span other) {
        return new Span(file, line, column, other.endLine, other.endColumn);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
