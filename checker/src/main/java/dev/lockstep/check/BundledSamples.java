package dev.lockstep.check;

import dev.lockstep.finding.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The samples shipped inside lockstep (the repository's {@code samples/}, on the classpath):
 * the wrong and right examples of {@code lockstep explain}.
 */
public final class BundledSamples {

    /** A sample's path below {@code samples/} and its text. */
    public record Sample(String path, String text) {}

    /** A buggy sample that expects {@code rule} and its fixed twin. */
    public record Pair(Sample wrong, Sample right) {}

    private final List<Sample> samples;

    private BundledSamples(List<Sample> samples) {
        this.samples = samples;
    }

    public static BundledSamples load() {
        URL url = BundledSamples.class.getClassLoader().getResource("samples");
        if (url == null) {
            return new BundledSamples(List.of());
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = openJar(uri)) {
                    return new BundledSamples(readAll(fs.getPath("/samples")));
                }
            }
            return new BundledSamples(readAll(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IllegalStateException("the jar's file system is already open", e);
        }
    }

    private static List<Sample> readAll(Path root) throws IOException {
        List<Sample> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(x -> x.toString().endsWith(".c")).sorted().toList()) {
                out.add(new Sample("samples/" + root.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** The first buggy sample (in path order) expecting {@code rule} that has a {@code _fix} twin. */
    public Optional<Pair> exampleOf(Rule rule) {
        Pattern expects = Pattern.compile("expect:\\s*" + Pattern.quote(rule.id()) + "(\\s|$)", Pattern.MULTILINE);
        for (Sample s : samples) {
            if (!s.path().endsWith("_bug.c") || !expects.matcher(s.text()).find()) {
                continue;
            }
            String twin = s.path().substring(0, s.path().length() - "_bug.c".length()) + "_fix.c";
            Optional<Sample> right = samples.stream().filter(x -> x.path().equals(twin)).findFirst();
            if (right.isPresent()) {
                return Optional.of(new Pair(s, right.get()));
            }
        }
        return Optional.empty();
    }
}
