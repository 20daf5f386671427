package dev.lockstep.ir.lower;

import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.LockstepFrontend;
import dev.lockstep.ir.LitmusProgram;
import dev.lockstep.ir.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every stdlib header, sample, shared benchmark, litmus test and generated litmus shape compiles to the IR without error. */
class CompileCorpusTest {

    static Path root() {
        String property = System.getProperty("lockstep.root");
        if (property != null) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("grammar")) && Files.isDirectory(dir.resolve("checker"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root");
    }

    private static List<Path> files(String... dirs) throws IOException {
        List<Path> result = new java.util.ArrayList<>();
        for (String d : dirs) {
            Path dir = root().resolve(d).normalize();
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(c|h|litmus)$"))
                        .sorted().forEach(result::add);
            }
        }
        return result;
    }

    private static String label(Path file) {
        return root().relativize(file).toString();
    }

    @TestFactory
    Stream<DynamicTest> everyFileCompiles() throws IOException {
        LockstepFrontend frontend = Frontends.create(new FrontendOptions(
                List.of(root(), root().resolve("corpus").normalize()), null, Map.of()));
        Compiler compiler = new Compiler();
        return files("stdlib", "samples", "corpus/bench", "corpus/litmus", "corpus/shapes").stream()
                .map(file -> DynamicTest.dynamicTest(label(file), () -> compileOne(frontend, compiler, file)));
    }

    private static void compileOne(LockstepFrontend frontend, Compiler compiler, Path file) {
        try {
            if (file.toString().endsWith(".litmus")) {
                var parsed = frontend.parseLitmus(file);
                LitmusProgram lp = compiler.compile(parsed.litmus(), parsed.prelude());
                assertFalse(lp.processes().isEmpty());
                for (LitmusProgram.Process p : lp.processes()) {
                    assertTrue(lp.program().functions().containsKey(p.function()));
                }
                assertEquals(List.of(), dev.lockstep.ir.IrVerifier.verify(lp.program()));
            } else {
                Program p = compiler.compile(frontend.parseC(file).unit());
                assertEquals(List.of(), dev.lockstep.ir.IrVerifier.verify(p));
            }
        } catch (InputException e) {
            fail(e.diagnostics().stream().map(Object::toString).reduce((a, b) -> a + "\n" + b).orElse("input error"));
        }
    }
}
