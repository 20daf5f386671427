package dev.lockstep.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a report goes: {@code --output FILE}, or the command's standard output. */
final class Output {

    private Output() {}

    /** Runs {@code body} with a writer on {@code file} (or {@code standard} when null), flushed at the end. */
    static void to(Path file, Writer standard, WriterBody body) throws IOException {
        if (file == null) {
            body.write(standard);
            standard.flush();
            return;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(out);
        }
    }

    /** Writes one report. */
    interface WriterBody {
        void write(Writer out) throws IOException;
    }
}
