package dev.lockstep.fuzz;

import java.util.SplittableRandom;

/**
 * Random characters inserted or written over the text: control characters and NUL, line
 * continuations, Unicode (a BOM, line separators, characters outside the BMP), and bytes that are
 * not UTF-8 (the input is then written as raw bytes).
 */
final class RandomBytes implements Mutator {

    private static final String SPECIAL = "\u0000\u0001\u0007\b\t\u000b\f\r\u001b\u007f\\\"'#\u00a0\u00e9"
            + "\u2028\u2029\ufeff\u200b\ud83d\ude00\u4e2d";

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        StringBuilder b = new StringBuilder(input.text());
        boolean raw = Choices.chance(random, 0.3);
        int n = 1 + random.nextInt(16);
        for (int i = 0; i < n; i++) {
            char c = raw ? (char) random.nextInt(256) : next(random);
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            if (b.length() > 0 && random.nextBoolean()) {
                b.setCharAt(at, c);
            } else {
                b.insert(at, c);
            }
        }
        return raw ? input.raw("raw bytes", b.toString()) : input.edited("random characters", b.toString());
    }

    private static char next(SplittableRandom random) {
        return random.nextBoolean() ? SPECIAL.charAt(random.nextInt(SPECIAL.length())) : (char) random.nextInt(128);
    }
}
