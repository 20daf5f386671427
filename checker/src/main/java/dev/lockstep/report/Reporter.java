package dev.lockstep.report;

import dev.lockstep.finding.RunResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a run's result in one output format. */
public interface Reporter {

    void write(RunResult result, Writer out) throws IOException;
}
