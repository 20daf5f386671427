package dev.lockstep.frontend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every benchmark, litmus test, sample and stdlib header parses without error. */
class CorpusParseTest {

    private final LockstepFrontend frontend = Frontends.create(Corpus.options());

    @TestFactory
    Stream<DynamicTest> everyFileParses() {
        List<Path> files = Corpus.files();
        assertFalse(files.isEmpty(), "no corpus files found under " + Corpus.root());
        return files.stream().map(file -> DynamicTest.dynamicTest(Corpus.label(file), () -> {
            if (Corpus.isLitmus(file)) {
                assertNotNull(frontend.parseLitmus(file).litmus().condition());
            } else {
                assertNotNull(frontend.parseC(file).unit());
            }
        }));
    }
}
