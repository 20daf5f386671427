package dev.lockstep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.check.DiagnosticText;
import dev.lockstep.check.InputFiles;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Frontend;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.report.JsonStyle;
import dev.lockstep.litmus.HerdText;
import dev.lockstep.litmus.LitmusResult;
import dev.lockstep.litmus.LitmusRunner;
import dev.lockstep.ir.lower.Compiler;
import dev.lockstep.memory.MemoryModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lockstep litmus}: herd7-style verdicts of C litmus tests under each selected model. */
@Command(name = "litmus", mixinStandardHelpOptions = true,
        description = "Run C litmus tests: per model, allowed or forbidden, with the final states observed.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:every test ran (whatever its verdicts)", ExitCode.INPUT_TEXT, ExitCode.INTERNAL_TEXT},
        footerHeading = "%nExamples:%n",
        footer = {"  lockstep litmus corpus/litmus/",
            "  lockstep litmus --model tso --format json corpus/litmus/linux/SB+poonceonces.litmus"})
final class LitmusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Litmus files or directories of them.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        var checkOptions = options.toCheckOptions(dev.lockstep.check.Mode.CHECK, paths);
        List<MemoryModel> models = checkOptions.models().stream()
                .map(m -> checkOptions.table().byName(m).orElseThrow()).toList();
        Frontend frontend = Frontends.create(checkOptions.frontend());
        InputFiles input = InputFiles.collect(paths);
        List<Diagnostic> errors = new ArrayList<>(input.errors());
        List<LitmusResult> results = new ArrayList<>();
        LitmusRunner runner = new LitmusRunner(checkOptions.exploreOptions(), checkOptions.table());
        Compiler compiler = new Compiler();
        for (Path file : input.files()) {
            if (!InputFiles.isLitmus(file)) {
                spec.commandLine().getErr().println(file + ": note: not a litmus test; 'lockstep check' explores C "
                        + "files and their __final checks under each model");
                continue;
            }
            try {
                results.addAll(runner.run(compiler.compile(frontend.parseLitmus(file)), models).results());
            } catch (InputException e) {
                errors.addAll(e.diagnostics());
            }
        }
        Output.to(options.output, spec.commandLine().getOut(), out -> out.write(render(results, errors)));
        if (!errors.isEmpty()) {
            return ExitCode.INPUT_ERROR.code;
        }
        return results.stream().allMatch(LitmusResult::complete) ? ExitCode.CLEAN.code : ExitCode.INCOMPLETE.code;
    }

    private String render(List<LitmusResult> results, List<Diagnostic> errors) throws IOException {
        return switch (options.format) {
            case text -> text(results, errors);
            case json -> json(results, errors);
            default -> throw new ParameterException(spec.commandLine(),
                    "--format " + options.format + " is not available for litmus (text, json)");
        };
    }

    private static String text(List<LitmusResult> results, List<Diagnostic> errors) {
        StringBuilder sb = new StringBuilder();
        errors.forEach(d -> sb.append(DiagnosticText.of(d)).append('\n'));
        for (LitmusResult r : results) {
            sb.append(HerdText.format(r));
            r.stops().forEach(stop -> sb.append("Incomplete ").append(r.name()).append(' ').append(r.model())
                    .append(": ").append(stop.describe()).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String json(List<LitmusResult> results, List<Diagnostic> errors) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.set("results", mapper.valueToTree(results));
        if (!results.stream().allMatch(LitmusResult::complete)) {
            ArrayNode incomplete = root.putArray("incomplete");
            for (LitmusResult r : results) {
                for (var stop : r.stops()) {
                    ObjectNode n = incomplete.addObject();
                    n.put("file", r.file());
                    n.put("model", r.model());
                    n.put("bound", stop.flag());
                    n.put("message", stop.describe());
                }
            }
        }
        ArrayNode errs = root.putArray("errors");
        for (Diagnostic d : errors) {
            ObjectNode n = errs.addObject();
            n.put("file", d.span().file());
            n.put("line", d.span().line());
            n.put("column", d.span().column());
            n.put("message", d.message());
        }
        return JsonStyle.print(root) + "\n";
    }
}
