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
 * {@code .c} and {@code .litmus} file, recursively, in sorted order.
 */
public final class InputFiles {

    private final List<Path> files;
    private final List<Diagnostic> errors;

    private InputFiles(List<Path> files, List<Diagnostic> errors) {
        this.files = List.copyOf(files);
        this.errors = List.copyOf(errors);
    }

    public static InputFiles collect(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::checkable).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                errors.add(Diagnostic.error(new Span(p.toString(), 0, 0, 0, 0), "no such file or directory"));
            }
        }
        return new InputFiles(files, errors);
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
