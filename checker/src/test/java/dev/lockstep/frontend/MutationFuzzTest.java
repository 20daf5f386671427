package dev.lockstep.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing: 10,000 corrupted versions of the hand-written corpus files (tokens or characters
 * deleted, duplicated or swapped) either parse or fail with an InputException; nothing else escapes.
 */
class MutationFuzzTest {

    private static final long SEED = 20_261_123L;
    private static final int MUTANTS = 10_000;
    /** Every tenth mutant is parsed with the bundled stdlib; the others without headers, which is faster. */
    private static final int STDLIB_EVERY = 10;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_0-9]+|\\s+|.", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void mutantsParseOrFailWithInputException() throws IOException {
        List<Path> files = Corpus.handWritten();
        assertFalse(files.isEmpty());
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f));
        }
        LockstepFrontend withStdlib = Frontends.create(new FrontendOptions(List.of(dir), null, java.util.Map.of()));
        Path noHeaders = Files.createDirectories(dir.resolve("empty-stdlib"));
        LockstepFrontend bare = Frontends.create(new FrontendOptions(List.of(dir), noHeaders, java.util.Map.of()));
        Random random = new Random(SEED);
        int rejected = 0;
        int parsed = 0;
        for (int i = 0; i < MUTANTS; i++) {
            int pick = i % files.size();
            String mutant = mutate(texts.get(pick), random);
            Path file = dir.resolve("mutant" + extension(files.get(pick)));
            Files.writeString(file, mutant);
            LockstepFrontend frontend = i % STDLIB_EVERY == 0 ? withStdlib : bare;
            try {
                if (Corpus.isLitmus(file)) {
                    frontend.parseLitmus(file);
                } else {
                    frontend.parseC(file);
                }
                parsed++;
            } catch (InputException expected) {
                rejected++;
                assertFalse(expected.diagnostics().isEmpty());
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutant " + i + " of " + files.get(pick) + " (seed " + SEED + ") threw " + e + "\n" + mutant, e);
            }
        }
        assertEquals(MUTANTS, parsed + rejected);
        assertFalse(rejected == 0, "no mutant was rejected: the mutations do nothing");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }

    /** One to three edits: delete, duplicate or swap a token or a character. */
    static String mutate(String text, Random random) {
        String current = text;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            current = random.nextBoolean() ? mutateTokens(current, random) : mutateChars(current, random);
        }
        return current;
    }

    private static String mutateTokens(String text, Random random) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        if (tokens.size() < 2) {
            return text;
        }
        int at = random.nextInt(tokens.size() - 1);
        switch (random.nextInt(3)) {
            case 0 -> tokens.remove(at);
            case 1 -> tokens.add(at, tokens.get(at));
            default -> {
                String t = tokens.get(at);
                tokens.set(at, tokens.get(at + 1));
                tokens.set(at + 1, t);
            }
        }
        return String.join("", tokens);
    }

    private static String mutateChars(String text, Random random) {
        if (text.length() < 2) {
            return text;
        }
        int at = random.nextInt(text.length() - 1);
        StringBuilder b = new StringBuilder(text);
        switch (random.nextInt(3)) {
            case 0 -> b.deleteCharAt(at);
            case 1 -> b.insert(at, b.charAt(at));
            default -> {
                char c = b.charAt(at);
                b.setCharAt(at, b.charAt(at + 1));
                b.setCharAt(at + 1, c);
            }
        }
        return b.toString();
    }
}
