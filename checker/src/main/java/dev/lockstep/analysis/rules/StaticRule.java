package dev.lockstep.analysis.rules;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import java.util.List;

/** One static rule: the findings it reports on a program's observations. */
public interface StaticRule {

    Rule rule();

    List<Finding> check(AnalysisFacts facts);
}
