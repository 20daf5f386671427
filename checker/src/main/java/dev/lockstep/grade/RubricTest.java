package dev.lockstep.grade;

import dev.lockstep.finding.Rule;
import java.util.List;

/**
 * One test of a rubric: its name, its points, whether students see it, the rules whose findings
 * fail it (all rules when empty) and the models it looks at (all selected models when empty).
 */
public record RubricTest(String name, double points, Visibility visibility, List<Rule> forbid, List<String> models) {

    /** Gradescope's visibilities. */
    public enum Visibility { visible, hidden, after_due_date, after_published }
}
