package dev.lockstep.report;

/** Whether text output uses ANSI colours (only on a terminal, never in pipes or with NO_COLOR). */
public enum Colour {
    ON, OFF;

    String paint(String code, String text) {
        return this == ON ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    String bold(String text) {
        return paint("1", text);
    }

    String red(String text) {
        return paint("1;31", text);
    }

    String magenta(String text) {
        return paint("1;35", text);
    }

    String cyan(String text) {
        return paint("1;36", text);
    }

    String green(String text) {
        return paint("1;32", text);
    }
}
