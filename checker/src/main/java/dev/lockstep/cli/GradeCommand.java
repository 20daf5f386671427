package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.check.CheckOptions;
import dev.lockstep.check.Mode;
import dev.lockstep.frontend.InputException;
import dev.lockstep.report.JsonStyle;
import dev.lockstep.grade.GradeReport;
import dev.lockstep.grade.Grader;
import dev.lockstep.grade.Rubric;
import dev.lockstep.grade.SubmissionGrade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lockstep grade}: an instructor's harness and rubric applied to one or many submissions
 * (a directory of them is graded in one run, on all cores), with the score in text or JSON; or to
 * the one submission an autograding platform hands over, as that platform's {@code results.json}.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade submissions against a harness (which #includes \"submission.c\") and a rubric.",
            "With --format gradescope or prairielearn, SUBMISSION is one submission (a file, or the directory the "
                + "platform gives: it holds submission.c or one .c file) and the output is that platform's results.json."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:every submission was graded (whatever its score)",
            "2:a submission could not be graded (it does not parse, or there is none), or a usage or input error",
            ExitCode.INTERNAL_TEXT},
        footerHeading = "%nExamples:%n",
        footer = {"  lockstep grade --harness harness.c --rubric rubric.json submissions/",
            "  lockstep grade --harness harness.c --rubric rubric.json --format gradescope \\",
            "      --output /autograder/results/results.json /autograder/submission"})
final class GradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--harness", required = true, paramLabel = "FILE", description = "The instructor's harness (.c).")
    Path harness;

    @Option(names = "--rubric", required = true, paramLabel = "FILE", description = "The rubric (JSON).")
    Path rubricFile;

    @Parameters(arity = "1..*", paramLabel = "SUBMISSION", description = "Submission files or directories of them.")
    List<Path> submissions;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(harness)) {
            throw new ParameterException(spec.commandLine(), "no harness file " + harness);
        }
        Rubric rubric;
        try {
            rubric = Rubric.read(rubricFile);
        } catch (InputException e) {
            return Runs.inputErrors(e, spec.commandLine().getErr());
        }
        CheckOptions check = options.toCheckOptions(Mode.CHECK, List.of(harness.toAbsolutePath().getParent()));
        Grader grader = new Grader(harness, rubric, check);
        List<SubmissionGrade> grades;
        if (options.format == AnalysisOptions.Format.gradescope || options.format == AnalysisOptions.Format.prairielearn) {
            if (submissions.size() != 1) {
                throw new ParameterException(spec.commandLine(), "--format " + options.format + " writes the results of "
                        + "one submission: name one file or directory (--format json grades several)");
            }
            grades = List.of(grader.grade(submissions.get(0)));
        } else {
            List<Path> all = Grader.submissions(submissions);
            if (all.isEmpty()) {
                spec.commandLine().getErr().println("lockstep: error: " + submissions.get(0)
                        + ": no submissions here (.c files, or directories of them)");
                spec.commandLine().getErr().flush();
                return ExitCode.INPUT_ERROR.code;
            }
            grades = grader.gradeAll(all, options.jobs);
        }
        Output.to(options.output, spec.commandLine().getOut(), out -> out.write(render(grades)));
        return grades.stream().allMatch(SubmissionGrade::gradable) ? ExitCode.CLEAN.code : ExitCode.INPUT_ERROR.code;
    }

    private String render(List<SubmissionGrade> grades) {
        return switch (options.format) {
            case text -> GradeReport.text(grades);
            case gradescope, json -> json(grades, GradeReport::gradescope);
            case prairielearn -> json(grades, GradeReport::prairieLearn);
            default -> throw new ParameterException(spec.commandLine(),
                    "--format " + options.format + " is not available for grade (text, json, gradescope, prairielearn)");
        };
    }

    private static String json(List<SubmissionGrade> grades, Function<SubmissionGrade, ObjectNode> form) {
        if (grades.size() == 1) {
            return JsonStyle.print(form.apply(grades.get(0))) + "\n";
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (SubmissionGrade g : grades) {
            ObjectNode doc = form.apply(g);
            doc.put("submission", g.submission());
            array.add(doc);
        }
        return JsonStyle.print(array) + "\n";
    }
}
