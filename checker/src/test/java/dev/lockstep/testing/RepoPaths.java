package dev.lockstep.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and the shared reference material are, for tests. */
public final class RepoPaths {

    private RepoPaths() {}

    /** The repository root: the {@code lockstep.root} property set by the build, else found from the working directory. */
    public static Path root() {
        String property = System.getProperty("lockstep.root");
        if (property != null) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("stdlib"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The vendored reference corpus ({@code corpus/}: benchmark programs, kernel litmus tests, their oracles). */
    public static Path shared() {
        return root().resolve("corpus");
    }
}
