package dev.lockstep.frontend.preprocess;

import java.nio.file.Path;

/**
 * A file the preprocessor reads: the name its spans carry, where it lies on disk (null for a
 * stdlib header read from the classpath), its path relative to the stdlib (null for a user file),
 * and its text.
 */
public record SourceFile(String name, Path path, String stdlibPath, String text) {

    public boolean inStdlib() {
        return stdlibPath != null;
    }
}
