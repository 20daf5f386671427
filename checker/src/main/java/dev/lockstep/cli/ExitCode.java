package dev.lockstep.cli;

import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Severity;
import java.util.Set;

/** The process exit codes of the contract. Only the command line maps results to them. */
enum ExitCode {
    CLEAN(0), FINDINGS(1), INPUT_ERROR(2), INCOMPLETE(3), INTERNAL_ERROR(70);

    final int code;

    /** The exit codes of the commands that check, as their help lists them ({@code code:meaning}). */
    static final String HEADING = "%nExit status:%n";
    static final String CLEAN_TEXT = "0:nothing found, and every exploration was complete";
    static final String FINDINGS_TEXT = "1:findings at or above --fail-level (with --expect: unmet expectations)";
    static final String INPUT_TEXT = "2:a usage or input error (the message names the file, line and column)";
    static final String INCOMPLETE_TEXT = "3:nothing found, but a bound or the timeout stopped an exploration";
    static final String INTERNAL_TEXT = "70:an internal error: a bug in lockstep (the message names the input)";

    ExitCode(int code) {
        this.code = code;
    }

    /** An input error wins over findings of a failing severity (the input was not all checked), which win over an incomplete exploration. */
    static ExitCode of(RunResult result, Set<Severity> failing) {
        if (!result.errors().isEmpty()) {
            return INPUT_ERROR;
        }
        if (result.findings().stream().anyMatch(f -> failing.contains(f.severity()))) {
            return FINDINGS;
        }
        return result.incomplete() ? INCOMPLETE : CLEAN;
    }
}
