package dev.lockstep.grade;

import dev.lockstep.check.CheckOptions;
import dev.lockstep.check.Checker;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.RunResult;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Grades submissions against a harness and a rubric. Each submission is copied as
 * {@code submission.c} beside a copy of the harness (which {@code #include "submission.c"}s it)
 * and of the harness's headers,
 * the harness is checked, and each rubric test passes when no finding of its forbidden rules (under
 * its models) is reported and every exploration completed. Submissions are graded in parallel, the
 * grades returned in submission order.
 */
public final class Grader {

    /** The file name under which the harness finds the submission. */
    public static final String SUBMISSION_NAME = "submission.c";

    private final Path harness;
    private final Rubric rubric;
    private final CheckOptions options;

    public Grader(Path harness, Rubric rubric, CheckOptions options) {
        this.harness = harness;
        this.rubric = rubric;
        this.options = options;
    }

    /** The submissions named: files as they are, and each {@code .c} file or subdirectory of a directory. */
    public static List<Path> submissions(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(x -> Files.isDirectory(x) || x.toString().endsWith(".c")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public List<SubmissionGrade> gradeAll(List<Path> submissions, int jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, submissions.size())));
        try {
            List<Future<SubmissionGrade>> futures = new ArrayList<>();
            for (Path s : submissions) {
                futures.add(pool.submit(() -> grade(s)));
            }
            List<SubmissionGrade> grades = new ArrayList<>();
            for (Future<SubmissionGrade> f : futures) {
                grades.add(f.get());
            }
            return grades;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grading was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Grades one submission (a {@code .c} file, or a directory holding {@code submission.c} or one {@code .c} file). */
    public SubmissionGrade grade(Path submission) {
        long start = System.nanoTime();
        if (!Files.exists(submission)) {
            return notGradable(submission, "No such file or directory", start);
        }
        try {
            Optional<Path> found = sourceOf(submission);
            if (found.isEmpty()) {
                return notGradable(submission, "no submission here: expected " + SUBMISSION_NAME
                        + " or exactly one .c file", start);
            }
            Path source = found.get();
            Path work = Files.createTempDirectory("lockstep-grade");
            try {
                Path harnessCopy = work.resolve(harness.getFileName());
                Files.copy(harness, harnessCopy);
                copyHeaders(harness.toAbsolutePath().getParent(), work);
                Files.copy(source, work.resolve(SUBMISSION_NAME));
                CheckOptions local = options.withFrontend(new FrontendOptions(List.of(work),
                        options.frontend().stdlibOverride(), options.frontend().defines()));
                RunResult result = new Checker(local, Frontends.create(local.frontend())).run(List.of(harnessCopy))
                        .result();
                RunResult shown = new PathRewrite(work, harness, source).apply(result);
                return score(submission.toString(), shown, System.nanoTime() - start);
            } finally {
                deleteTree(work);
            }
        } catch (IOException e) {
            return notGradable(submission, "cannot read submission: " + e.getMessage(), start);
        }
    }

    /** Score 0 and the reason, for a submission that cannot be checked at all. */
    private SubmissionGrade notGradable(Path submission, String reason, long start) {
        Diagnostic d = Diagnostic.error(new Span(submission.toString(), 0, 0, 0, 0), reason);
        return new SubmissionGrade(submission.toString(), 0, rubric.maxScore(), List.of(), List.of(d),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The harness's own headers (its {@code .h} files) go beside it, for the harness and the submission. */
    private static void copyHeaders(Path from, Path to) throws IOException {
        try (Stream<Path> list = Files.list(from)) {
            for (Path h : list.filter(p -> p.toString().endsWith(".h")).sorted().toList()) {
                Files.copy(h, to.resolve(h.getFileName()));
            }
        }
    }

    /** The submission's source: the file itself, or in a directory its submission.c or only .c file; empty when none. */
    private static Optional<Path> sourceOf(Path submission) throws IOException {
        if (!Files.isDirectory(submission)) {
            return Optional.of(submission);
        }
        Path named = submission.resolve(SUBMISSION_NAME);
        if (Files.isRegularFile(named)) {
            return Optional.of(named);
        }
        try (Stream<Path> list = Files.list(submission)) {
            List<Path> sources = list.filter(p -> p.toString().endsWith(".c")).sorted().toList();
            return sources.size() == 1 ? Optional.of(sources.get(0)) : Optional.empty();
        }
    }

    private SubmissionGrade score(String name, RunResult result, long nanos) {
        long ms = nanos / 1_000_000;
        if (!result.errors().isEmpty()) {
            return new SubmissionGrade(name, 0, rubric.maxScore(), List.of(), result.errors(), ms);
        }
        List<TestOutcome> outcomes = new ArrayList<>();
        double total = 0;
        for (RubricTest t : rubric.tests()) {
            List<Finding> failing = result.findings().stream().filter(f -> fails(t, f)).toList();
            String output;
            double points;
            if (!failing.isEmpty()) {
                points = 0;
                StringBuilder sb = new StringBuilder();
                for (Finding f : failing) {
                    sb.append(f.span()).append(": ").append(f.message()).append(" [").append(f.rule().id())
                            .append("]\n");
                }
                output = sb.toString();
            } else if (result.incomplete()) {
                points = 0;
                output = incompleteness(result);
            } else {
                points = t.points();
                output = "passed\n";
            }
            total += points;
            outcomes.add(new TestOutcome(t, points, output));
        }
        return new SubmissionGrade(name, total, rubric.maxScore(), List.copyOf(outcomes), List.of(), ms);
    }

    /** What stopped the explorations early, for a test that cannot pass without them. */
    private static String incompleteness(RunResult result) {
        StringBuilder sb = new StringBuilder("not every execution was explored before a bound or the time limit:\n");
        for (Exploration e : result.explorations()) {
            e.stoppedBy().forEach(s -> sb.append("  ").append(e.model()).append(": ").append(s.describe()).append('\n'));
        }
        return sb.toString();
    }

    private boolean fails(RubricTest t, Finding f) {
        boolean ruleMatches = t.forbid().isEmpty() || t.forbid().contains(f.rule());
        boolean modelMatches = t.models().isEmpty() || f.models().stream().anyMatch(t.models()::contains);
        return ruleMatches && modelMatches;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
