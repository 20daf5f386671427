package dev.lockstep.check;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Files not to check: glob patterns ({@code vendor/**}, {@code **}{@code /generated_*.c}) matched
 * against a file's path relative to {@code base}, the directory of the configuration that names them.
 */
public record Exclusions(Path base, List<String> globs) {

    public static final Exclusions NONE = new Exclusions(Path.of(""), List.of());

    public Exclusions {
        base = base.toAbsolutePath().normalize();
        globs = List.copyOf(globs);
    }

    public boolean excludes(Path file) {
        Path p = file.toAbsolutePath().normalize();
        if (globs.isEmpty() || !p.startsWith(base)) {
            return false;
        }
        Path relative = base.relativize(p);
        for (String glob : globs) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
