package dev.lockstep.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C text cut into tokens the way a mutator wants them: identifiers and numbers, string and character
 * literals, comments, runs of white space, multi-character operators and single characters. Joining
 * the tokens gives the text back. A literal's pattern repeats a group once per escape, not once per
 * character: Java's matcher recurses for each repetition of a group, and a literal of a megabyte
 * overflowed the stack.
 */
final class Tokens {

    private static final Pattern TOKEN = Pattern.compile(
            "[A-Za-z_][A-Za-z_0-9]*|[0-9][A-Za-z_0-9.]*"
                    + "|\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+'"
                    + "|/\\*.*?\\*/|//[^\\n]*|\\s+|->|\\+\\+|--|<<=?|>>=?|[<>=!&|^+*/%-]=|&&|\\|\\||##|\\.\\.\\.|.",
            Pattern.DOTALL);

    private Tokens() {}

    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Whether {@code token} is white space or a comment, which no edit should target. */
    static boolean blank(String token) {
        return token.isBlank() || token.startsWith("/*") || token.startsWith("//");
    }

    static boolean isNumber(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0));
    }

    static boolean isString(String token) {
        return token.length() >= 2 && token.charAt(0) == '"';
    }
}
