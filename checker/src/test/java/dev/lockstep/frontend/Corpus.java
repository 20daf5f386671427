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

/** The files the front-end tests run over: shared benchmarks and litmus tests, samples, the stdlib. */
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

    /** Every .c, .h and .litmus file under the shared material, samples/, stdlib/ and this module's own examples, sorted. */
    static List<Path> files() {
        Path root = root();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(root.resolve("corpus/bench"), root.resolve("corpus/litmus"),
                root.resolve("samples"), root.resolve("stdlib"), root.resolve("checker/src/test/resources/frontend/ok"))) {
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
