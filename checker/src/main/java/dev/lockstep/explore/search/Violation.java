package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Span;
import java.util.List;

/**
 * A check that failed on a CPU in the middle of an execution: the rule, the CPU's state then, the
 * slot it was about to fill (so the trace puts the failure after the CPU's earlier events), where and
 * why. Under a model judged on complete executions it waits for the execution to complete.
 */
public record Violation(Rule rule, CpuState cpu, int slot, Span span, String message, String fix,
        List<Related> related) {}
