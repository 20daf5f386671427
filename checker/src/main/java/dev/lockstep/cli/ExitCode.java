package dev.lockstep.cli;

import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Severity;
import java.util.Set;

/** The process exit codes of the contract. Only the command line maps results to them. */
enum ExitCode {
    CLEAN(0), FINDINGS(1), INPUT_ERROR(2), INCOMPLETE(3), INTERNAL_ERROR(70);

    final int code;

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
