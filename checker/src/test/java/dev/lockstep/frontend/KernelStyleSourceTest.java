package dev.lockstep.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.frontend.ast.Decl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated source has the asked length and parses without any header. */
class KernelStyleSourceTest {

    @TempDir
    Path dir;

    @Test
    void generatedSourceParses() throws IOException, InputException {
        String text = KernelStyleSource.generate(1_000);
        assertEquals(1_000, text.split("\n", -1).length - 1);
        Path file = dir.resolve("generated.c");
        Files.writeString(file, text);
        Frontend.CFile parsed = Frontends.create(new FrontendOptions(List.of(dir), null, Map.of())).parseC(file);
        long handlers = parsed.unit().decls().stream()
                .filter(d -> d instanceof Decl.Function f && f.body() != null && !f.annotations().isEmpty())
                .count();
        assertTrue(handlers >= 5, "expected interrupt handlers among the generated functions");
        assertTrue(parsed.notes().isEmpty(), parsed.notes().toString());
    }
}
