package dev.lockstep.grade;

/** How one submission did on one rubric test: the points it earned and what the student is told. */
public record TestOutcome(RubricTest test, double score, String output) {

    public boolean passed() {
        return score >= test.points();
    }
}
