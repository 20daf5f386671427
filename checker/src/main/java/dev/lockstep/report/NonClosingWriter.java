package dev.lockstep.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer that flushes instead of closing, so a library's close does not close standard output. */
final class NonClosingWriter extends FilterWriter {

    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
