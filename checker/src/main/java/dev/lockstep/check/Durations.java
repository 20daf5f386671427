package dev.lockstep.check;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Durations as users write them: {@code 30s}, {@code 2m}, {@code 1.5h}, {@code 500ms}, plain seconds, or ISO-8601. */
public final class Durations {

    private Durations() {}

    /** The duration {@code text} names, or empty when it names none. */
    public static Optional<Duration> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Optional.of(Duration.parse(t.toUpperCase(Locale.ROOT)));
            }
            if (t.endsWith("ms")) {
                return Optional.of(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))));
            }
            if (t.endsWith("s")) {
                return Optional.of(Duration.ofMillis(Math.round(number(t) * 1000)));
            }
            if (t.endsWith("m")) {
                return Optional.of(Duration.ofSeconds(Math.round(number(t) * 60)));
            }
            if (t.endsWith("h")) {
                return Optional.of(Duration.ofMinutes(Math.round(number(t) * 60)));
            }
            return Optional.of(Duration.ofSeconds(Long.parseLong(t)));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static double number(String withUnit) {
        return Double.parseDouble(withUnit.substring(0, withUnit.length() - 1));
    }
}
