package dev.lockstep.fuzz;

import java.util.SplittableRandom;

/** The input cut short: at a character, at the end of a line, or just before its last closing brace. */
final class Truncation implements Mutator {

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        String text = input.text();
        if (text.isEmpty()) {
            return input.edited("truncation", text);
        }
        int cut = switch (random.nextInt(3)) {
            case 0 -> random.nextInt(text.length());
            case 1 -> {
                int line = text.indexOf('\n', random.nextInt(text.length()));
                yield line < 0 ? text.length() : line + 1;
            }
            default -> Math.max(0, text.lastIndexOf('}'));
        };
        return input.edited("truncated at " + cut, text.substring(0, cut));
    }
}
