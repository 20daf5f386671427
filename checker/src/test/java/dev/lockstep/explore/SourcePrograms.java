package dev.lockstep.explore;

import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.lower.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Compiles C source text (with the stdlib) to IR through the front end and the lowering, for tests. */
final class SourcePrograms {
    private SourcePrograms() {}

    static Program compile(Path dir, String name, String source) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, source);
            var frontend = Frontends.create(new FrontendOptions(List.of(dir), null, Map.of()));
            return new Compiler().compile(frontend.parseC(file).unit());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.lockstep.frontend.InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
