package dev.lockstep.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Whole lines deleted, duplicated or moved: most statements are a line, so the mutant often still
 * parses and reaches semantic analysis, lowering and the explorer with a lock, a free or a return
 * in the wrong place.
 */
final class LineEdits implements Mutator {

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        List<String> lines = new ArrayList<>(Arrays.asList(input.text().split("\n", -1)));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && lines.size() > 1; e++) {
            int at = random.nextInt(lines.size());
            int to = random.nextInt(lines.size());
            switch (random.nextInt(4)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(to, lines.get(at));
                case 2 -> lines.add(to, lines.remove(at));
                default -> {
                    int n = 1 + random.nextInt(Math.min(20, lines.size()));
                    List<String> block = new ArrayList<>(lines.subList(at, Math.min(lines.size(), at + n)));
                    lines.addAll(Math.min(to, lines.size()), block);
                }
            }
        }
        return input.edited("line edits", String.join("\n", lines));
    }
}
