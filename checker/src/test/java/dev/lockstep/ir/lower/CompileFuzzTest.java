package dev.lockstep.ir.lower;

import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.LockstepFrontend;
import dev.lockstep.frontend.ast.TranslationUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing of semantic analysis and lowering: corrupted samples and benchmarks
 * that still parse either compile or fail with positioned diagnostics; no other exception escapes.
 */
class CompileFuzzTest {

    /** Overridable for longer local runs: {@code -Dlockstep.fuzz.seed=..., -Dlockstep.fuzz.mutants=...}. */
    private static final long SEED = Long.getLong("lockstep.fuzz.seed", 4_242L);
    private static final int MUTANTS = Integer.getInteger("lockstep.fuzz.mutants", 400);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_0-9]+|[^\\sA-Za-z_0-9]");

    @TempDir
    Path dir;

    @Test
    void mutantsCompileOrFailWithInputException() throws IOException {
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String d : List.of("samples", "corpus/bench", "corpus/litmus")) {
            try (Stream<Path> walk = Files.walk(CompileCorpusTest.root().resolve(d).normalize())) {
                for (Path p : walk.filter(x -> x.toString().matches(".*\\.(c|litmus)$")).sorted().toList()) {
                    texts.add(Files.readString(p));
                    names.add(p.getFileName().toString().endsWith(".c") ? "mutant.c" : "mutant.litmus");
                }
            }
        }
        assertFalse(texts.isEmpty());
        LockstepFrontend frontend = Frontends.create(new FrontendOptions(List.of(dir), null, Map.of()));
        Compiler compiler = new Compiler();
        Random random = new Random(SEED);
        int compiled = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String mutant = mutate(texts.get(i % texts.size()), random);
            Path file = dir.resolve(names.get(i % texts.size()));
            Files.writeString(file, mutant);
            TranslationUnit unit;
            dev.lockstep.frontend.Frontend.LitmusFile litmus;
            try {
                unit = file.toString().endsWith(".c") ? frontend.parseC(file).unit() : null;
                litmus = unit == null ? frontend.parseLitmus(file) : null;
            } catch (InputException unparsable) {
                continue;
            }
            try {
                if (unit != null) {
                    compiler.compile(unit);
                } else {
                    compiler.compile(litmus);
                }
                compiled++;
            } catch (InputException expected) {
                assertFalse(expected.diagnostics().isEmpty());
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutant " + i + " (seed " + SEED + ") threw " + e + "\n" + mutant, e);
            }
        }
        assertTrue(compiled > 0);
    }

    /** Deletes, duplicates or swaps one to three tokens. */
    private static String mutate(String text, Random random) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && tokens.size() > 1; e++) {
            int k = random.nextInt(tokens.size() - 1);
            int[] t = tokens.get(k);
            if (t[1] > out.length()) {
                continue;
            }
            String token = out.substring(t[0], t[1]);
            switch (random.nextInt(3)) {
                case 0 -> out.replace(t[0], t[1], "");
                case 1 -> out.insert(t[1], " " + token);
                default -> {
                    int[] u = tokens.get(k + 1);
                    if (u[1] <= out.length()) {
                        String next = out.substring(u[0], u[1]);
                        out.replace(u[0], u[1], token);
                        out.replace(t[0], t[1], next);
                    }
                }
            }
        }
        return out.toString();
    }
}
