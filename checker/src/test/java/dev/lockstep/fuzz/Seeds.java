package dev.lockstep.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The inputs mutation starts from: every {@code .c} file under {@code samples/} and every litmus test
 * under {@code corpus/litmus/}, each with the headers next to it, in path order.
 */
final class Seeds {

    private Seeds() {}

    static List<FuzzInput> load(Path root) {
        List<FuzzInput> seeds = new ArrayList<>();
        seeds.addAll(under(root, "samples", ".c"));
        seeds.addAll(under(root, "corpus/litmus", ".litmus"));
        return List.copyOf(seeds);
    }

    private static List<FuzzInput> under(Path root, String dir, String extension) {
        try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
            List<FuzzInput> found = new ArrayList<>();
            for (Path p : walk.filter(f -> f.toString().endsWith(extension)).sorted().toList()) {
                String name = p.getFileName().toString();
                found.add(new FuzzInput(root.relativize(p).toString(), name, Files.readString(p),
                        StandardCharsets.UTF_8, headersNextTo(p)));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> headersNextTo(Path file) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path h : siblings.filter(f -> f.toString().endsWith(".h")).sorted().toList()) {
                headers.put(h.getFileName().toString(), Files.readString(h));
            }
        }
        return headers;
    }
}
