package dev.lockstep.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lines of the files findings point into, read once each, for source excerpts in reports. */
public final class SourceLines {

    private final Map<String, List<String>> files = new HashMap<>();

    /** Line {@code line} (1-based) of {@code file}, or null when the file or line does not exist. */
    public String line(String file, int line) {
        List<String> lines = files.computeIfAbsent(file, SourceLines::read);
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | java.nio.file.InvalidPathException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with tabs expanded to 8 columns, as compilers print source lines. */
    public static String expandTabs(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\t') {
                do {
                    sb.append(' ');
                } while (sb.length() % 8 != 0);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A source line as an excerpt shows it (tabs expanded), and the display column of its caret (1-based). */
    public record Excerpt(String text, int caret) {}

    /**
     * Characters of a longer line an excerpt shows: those around the caret, with "..." for the rest,
     * as compilers clip long lines (a generated line of 100,000 characters, printed whole for each of
     * thousands of findings, made the report quadratic). Tab stops count from the clip.
     */
    static final int EXCERPT_WIDTH = 160;

    /** {@code line} shown with a caret under 1-based character column {@code column}. */
    public static Excerpt excerpt(String line, int column) {
        if (line.length() <= EXCERPT_WIDTH) {
            return new Excerpt(expandTabs(line), displayColumn(line, column));
        }
        int at = Math.min(Math.max(column - 1, 0), line.length());
        int from = Math.max(0, Math.min(at - EXCERPT_WIDTH / 2, line.length() - EXCERPT_WIDTH));
        int to = from + EXCERPT_WIDTH;
        String head = from > 0 ? "..." : "";
        String shown = head + expandTabs(line.substring(from, to)) + (to < line.length() ? "..." : "");
        return new Excerpt(shown, head.length() + displayColumn(line.substring(from, to), at - from + 1));
    }

    /** The display column (1-based, tabs to 8) of 1-based character column {@code column} of {@code text}. */
    public static int displayColumn(String text, int column) {
        int end = Math.min(Math.max(column - 1, 0), text.length());
        return expandTabs(text.substring(0, end)).length() + 1;
    }
}
