package dev.lockstep.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The message of a failing input: what broke, how to make the input again alone, the command line,
 * and the input's text (and its companions'), control characters escaped and very long texts cut.
 */
final class Failure {

    private static final int TEXT_LIMIT = 4_000;
    private static final int OUTPUT_LIMIT = 8_000;

    private Failure() {}

    static String describe(long seed, long index, FuzzInput input, Invocation invocation, Path dir,
            List<String> problems, String output) {
        StringBuilder b = new StringBuilder();
        b.append("input ").append(index).append(" of seed ").append(seed).append(" (alone: -Dlockstep.fuzz.seed=")
                .append(seed).append(" -Dlockstep.fuzz.only=").append(index).append(")\n");
        b.append("  made by: ").append(input.origin()).append('\n');
        b.append("  command: ").append(invocation.display(dir)).append('\n');
        problems.forEach(p -> b.append("  problem: ").append(p).append('\n'));
        b.append("  output:\n").append(indent(cut(output, OUTPUT_LIMIT)));
        b.append("  ").append(input.fileName()).append(" (").append(input.text().length()).append(" characters, ")
                .append(input.charset()).append("):\n").append(indent(cut(escaped(input.text()), TEXT_LIMIT)));
        for (Map.Entry<String, String> c : input.companions().entrySet()) {
            b.append("  ").append(c.getKey()).append(":\n").append(indent(cut(escaped(c.getValue()), TEXT_LIMIT / 4)));
        }
        return b.toString();
    }

    /** Control characters other than tab and newline, and everything past ASCII, as {@code \\uXXXX}. */
    private static String escaped(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\t' || c >= ' ' && c < 0x7f) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text
                : text.substring(0, limit / 2) + "\n[... " + (text.length() - limit) + " characters ...]\n"
                        + text.substring(text.length() - limit / 2);
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    | " + l + "\n").reduce("", String::concat);
    }
}
