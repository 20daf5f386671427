package dev.lockstep.grade;

import dev.lockstep.frontend.Diagnostic;
import java.util.List;

/**
 * The grade of one submission: the score out of the rubric's maximum, each test's outcome, how
 * long it took, and, for a submission that could not be checked (it does not parse), the errors
 * ({@code gradable} false, score 0).
 */
public record SubmissionGrade(String submission, double score, double maxScore, List<TestOutcome> tests,
        List<Diagnostic> errors, long timeMs) {

    public boolean gradable() {
        return errors.isEmpty();
    }
}
