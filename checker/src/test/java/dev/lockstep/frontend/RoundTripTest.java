package dev.lockstep.frontend;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.TranslationUnit;
import dev.lockstep.frontend.print.AstEquality;
import dev.lockstep.frontend.print.AstPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** parse, print, parse again: the same AST, spans aside, for every corpus file. */
class RoundTripTest {

    @TempDir
    Path scratch;

    private final LockstepFrontend frontend = Frontends.create(Corpus.options());

    @TestFactory
    Stream<DynamicTest> printedSourceParsesToTheSameAst() {
        return Corpus.files().stream().map(file -> DynamicTest.dynamicTest(Corpus.label(file), () -> {
            if (Corpus.isLitmus(file)) {
                Litmus original = frontend.parseLitmus(file).litmus();
                String text = AstPrinter.print(original);
                Litmus again = frontend.parseLitmus(write(file, text)).litmus();
                assertNull(AstEquality.difference(original, withFile(again, original.file())), text);
            } else {
                TranslationUnit original = frontend.parseC(file).unit();
                String text = AstPrinter.print(original);
                TranslationUnit again = frontend.parseC(writePreprocessed(file, text)).unit();
                assertNull(AstEquality.difference(original.decls(), again.decls()), text);
            }
        }));
    }

    private Path write(Path original, String text) throws IOException {
        Path copy = scratch.resolve("printed-" + original.getFileName());
        Files.writeString(copy, text);
        return copy;
    }

    /** Printed C is preprocessed C (the prelude's declarations included): a {@code .i} file, read without the prelude. */
    private Path writePreprocessed(Path original, String text) throws IOException {
        String name = original.getFileName().toString();
        Path copy = scratch.resolve("printed-" + name.substring(0, name.lastIndexOf('.')) + ".i");
        Files.writeString(copy, text);
        return copy;
    }

    private static Litmus withFile(Litmus l, String file) {
        return new Litmus(file, l.name(), l.init(), l.processes(), l.locations(), l.filter(), l.condition(), l.span());
    }
}
