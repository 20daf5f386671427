package dev.lockstep.ir.lower;

import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Compiles C source text written in a test, through the real front end and the stdlib. */
final class Sources {

    private Sources() {
    }

    static Compiler.Compiled compile(String code) throws IOException, InputException {
        Path dir = Files.createTempDirectory("lockstep-src");
        try {
            Path file = dir.resolve("test.c");
            Files.writeString(file, code);
            var frontend = Frontends.create(new FrontendOptions(List.of(dir), null, Map.of()));
            return new Compiler().compileWithModel(frontend.parseC(file).unit());
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
