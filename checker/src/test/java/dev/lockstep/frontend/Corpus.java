package dev.lockstep.frontend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files the front-end tests run over: shared benchmarks and litmus tests, generated litmus shapes, samples, the stdlib. */
final class Corpus {

    private Corpus() {}

    /** The repository root: the {@code lockstep.root} property, else found walking up from here. */
    static Path root() {
        String property = System.getProperty("lockstep.root");
        if (property != null) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("grammar")) && Files.isDirectory(dir.resolve("checker"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root");
    }

    static FrontendOptions options() {
        return new FrontendOptions(List.of(root(), root().resolve("corpus").normalize()), null, Map.of());
    }

    /** The directories of hand-written files: shared benchmarks and litmus tests, samples, the stdlib, this module's examples. */
    private static final List<String> HAND_WRITTEN = List.of("corpus/bench", "corpus/litmus", "samples", "stdlib",
            "checker/src/test/resources/frontend/ok");

    /** The generated litmus shapes: hundreds of tests that differ in a barrier or a dependency. */
    private static final List<String> GENERATED = List.of("corpus/shapes");

    /** Every .c, .h and .litmus file under the hand-written directories and the generated shapes, sorted. */
    static List<Path> files() {
        List<String> dirs = new ArrayList<>(HAND_WRITTEN);
        dirs.addAll(GENERATED);
        return filesUnder(dirs);
    }

    /** The hand-written files alone: what the mutation fuzzer corrupts, which near-identical generated tests would crowd out. */
    static List<Path> handWritten() {
        return filesUnder(HAND_WRITTEN);
    }

    private static List<Path> filesUnder(List<String> dirs) {
        Path root = root();
        List<Path> files = new ArrayList<>();
        for (String name : dirs) {
            Path dir = root.resolve(name);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> {
                            String n = p.getFileName().toString();
                            return n.endsWith(".c") || n.endsWith(".h") || n.endsWith(".litmus");
                        })
                        .map(Path::normalize)
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static boolean isLitmus(Path file) {
        return file.getFileName().toString().endsWith(".litmus");
    }

    /** A short name for a test display. */
    static String label(Path file) {
        return root().relativize(file.toAbsolutePath().normalize()).toString();
    }
}
