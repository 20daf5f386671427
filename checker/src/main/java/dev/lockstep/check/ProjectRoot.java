package dev.lockstep.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The root of the project a run checks: the nearest directory at or above the first path that
 * holds {@code .git} (a repository root), else the working directory. Configuration is found
 * there, and reports name files relative to it, so they read the same on every machine.
 */
public record ProjectRoot(Path dir) {

    public ProjectRoot {
        dir = dir.toAbsolutePath().normalize();
    }

    /** The root for a run over {@code paths}, searched from the first one. */
    public static ProjectRoot of(List<Path> paths) {
        Path cwd = Path.of("").toAbsolutePath();
        Path start = paths.isEmpty() ? cwd : paths.get(0).toAbsolutePath().normalize();
        for (Path p = Files.isDirectory(start) ? start : start.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return new ProjectRoot(p);
            }
        }
        return new ProjectRoot(cwd);
    }

    /** {@code file} relative to the root with {@code /} separators, or empty when it lies outside. */
    public Optional<String> relative(String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        if (!p.startsWith(dir)) {
            return Optional.empty();
        }
        return Optional.of(dir.relativize(p).toString().replace('\\', '/'));
    }

    /** {@code file} relative to the root where it lies inside, else its absolute path. */
    public String name(String file) {
        return relative(file).orElseGet(() -> Path.of(file).toAbsolutePath().normalize().toString());
    }
}
