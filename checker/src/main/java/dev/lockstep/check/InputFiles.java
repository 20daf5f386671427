package dev.lockstep.check;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a run checks: each named file as it is, and under each named directory every
 * {@code .c} and {@code .litmus} file, recursively, in sorted order. A name that is neither, and a
 * directory with no such file, are input errors: a run that checks nothing must not pass. Files a
 * project's configuration excludes are skipped in directories, never when named.
 */
public final class InputFiles {

    private final List<Path> files;
    private final List<Diagnostic> errors;

    private InputFiles(List<Path> files, List<Diagnostic> errors) {
        this.files = List.copyOf(files);
        this.errors = List.copyOf(errors);
    }

    public static InputFiles collect(List<Path> paths) {
        return collect(paths, Exclusions.NONE);
    }

    /** The files of {@code paths}, without those that {@code exclusions} name among the ones found in directories. */
    public static InputFiles collect(List<Path> paths, Exclusions exclusions) {
        List<Path> files = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try {
                    List<Path> found = walk(p).stream().filter(f -> !exclusions.excludes(f)).toList();
                    if (found.isEmpty()) {
                        errors.add(wholeFile(p, "no .c or .litmus files in this directory"));
                    }
                    files.addAll(found);
                } catch (IOException | UncheckedIOException e) {
                    errors.add(wholeFile(p, "cannot read directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                errors.add(wholeFile(p, "No such file or directory"));
            }
        }
        return new InputFiles(files, errors);
    }

    /** Every checkable file under {@code dir}; a subdirectory that cannot be read fails the walk unchecked. */
    private static List<Path> walk(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(InputFiles::checkable).sorted().toList();
        }
    }

    private static Diagnostic wholeFile(Path p, String message) {
        return Diagnostic.error(new Span(p.toString(), 0, 0, 0, 0), message);
    }

    private static boolean checkable(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".c") || name.endsWith(".litmus");
    }

    public static boolean isLitmus(Path p) {
        return p.getFileName().toString().endsWith(".litmus");
    }

    public List<Path> files() {
        return files;
    }

    public List<Diagnostic> errors() {
        return errors;
    }
}
