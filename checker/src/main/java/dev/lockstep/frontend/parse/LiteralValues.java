package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import java.util.Locale;

/** The values of integer, character and string constants as C spells them. */
final class LiteralValues {

    private LiteralValues() {}

    static long integer(String text, Span at) throws InputException {
        String lower = text.toLowerCase(Locale.ROOT);
        int end = lower.length();
        while (end > 0 && (lower.charAt(end - 1) == 'u' || lower.charAt(end - 1) == 'l')) {
            end--;
        }
        String digits = lower.substring(0, end);
        int radix = 10;
        if (digits.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0b")) {
            radix = 2;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            radix = 8;
            digits = digits.substring(1);
        }
        boolean floating = digits.contains(".") || (radix == 16 ? digits.contains("p") : digits.contains("e"));
        if (floating) {
            throw new InputException(Diagnostic.error(at, "floating-point constants are not supported"));
        }
        try {
            if (digits.isEmpty() || digits.charAt(0) == '+' || digits.charAt(0) == '-') {
                throw new NumberFormatException(text);
            }
            return Long.parseUnsignedLong(digits, radix);
        } catch (NumberFormatException e) {
            throw new InputException(Diagnostic.error(at, "invalid integer constant '" + text + "'"));
        }
    }

    /** The value of a character constant such as {@code 'a'} or {@code '\n'}. */
    static long character(String text, Span at) throws InputException {
        int quote = text.indexOf('\'');
        String body = unescape(text.substring(quote + 1, text.length() - 1), at);
        long value = 0;
        for (int i = 0; i < body.length(); i++) {
            value = (value << 8) | (body.charAt(i) & 0xff);
        }
        return body.length() == 1 ? body.charAt(0) : value;
    }

    /** The value of a string literal (without its quotes and prefix). */
    static String string(String text, Span at) throws InputException {
        int quote = text.indexOf('"');
        return unescape(text.substring(quote + 1, text.length() - 1), at);
    }

    private static String unescape(String body, Span at) throws InputException {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= body.length()) {
                throw new InputException(Diagnostic.error(at, "incomplete escape sequence"));
            }
            char e = body.charAt(i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case 'e' -> out.append('\u001b');
                case 'x' -> {
                    int start = i + 1;
                    int stop = start;
                    while (stop < body.length() && Character.digit(body.charAt(stop), 16) >= 0) {
                        stop++;
                    }
                    if (stop == start) {
                        throw new InputException(Diagnostic.error(at, "\\x used with no following hex digits"));
                    }
                    out.append((char) (Long.parseLong(body.substring(start, Math.min(stop, start + 8)), 16) & 0xffff));
                    i = stop - 1;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int stop = i;
                        while (stop < body.length() && stop < i + 3 && body.charAt(stop) >= '0' && body.charAt(stop) <= '7') {
                            stop++;
                        }
                        out.append((char) Integer.parseInt(body.substring(i, stop), 8));
                        i = stop - 1;
                    } else {
                        out.append(e);
                    }
                }
            }
        }
        return out.toString();
    }
}
