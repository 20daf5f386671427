package dev.lockstep.cli;

import dev.lockstep.analysis.StaticAnalyzer;
import dev.lockstep.analysis.graph.LockGraph;
import dev.lockstep.check.InputFiles;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.ir.lower.Compiler;
import dev.lockstep.report.LockGraphDot;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lockstep graph}: the lock-order graph of a file, as DOT, or SVG through Graphviz where installed. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Print the lock-order graph (DOT, or SVG when Graphviz is installed); cycles and irq-safe locks marked.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:the graph was printed", ExitCode.INPUT_TEXT, ExitCode.INTERNAL_TEXT},
        footerHeading = "%nExamples:%n",
        footer = {"  lockstep graph samples/deadlock/abba_bug.c | dot -Tpng > abba.png",
            "  lockstep graph --format svg --output abba.svg samples/deadlock/abba_bug.c"})
final class GraphCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "dot (default) or svg (needs Graphviz's dot).")
    String format = "dot";

    @Option(names = "--output", paramLabel = "FILE", description = "Write the graph to FILE instead of standard output.")
    Path output;

    @Option(names = "-D", paramLabel = "MACRO", description = "Define a preprocessor macro: NAME (defined as 1) or NAME=VALUE.")
    List<String> defines = new ArrayList<>();

    @Option(names = "--stdlib", paramLabel = "DIR", description = "Use the kernel API models in DIR.")
    Path stdlib;

    @Parameters(paramLabel = "FILE", description = "The .c file to draw.")
    Path file;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!format.equals("dot") && !format.equals("svg")) {
            throw new ParameterException(spec.commandLine(), "--format must be dot or svg");
        }
        Map<String, String> macros = AnalysisOptions.defines(defines, spec.commandLine());
        InputFiles input = InputFiles.collect(List.of(file));
        if (!input.errors().isEmpty()) {
            return errors(input.errors());
        }
        StringWriter dot = new StringWriter();
        try {
            var frontend = Frontends.create(new FrontendOptions(List.of(file.toAbsolutePath().getParent()), stdlib, macros));
            var program = new Compiler().compile(frontend.parseC(file).unit());
            LockGraphDot.write(LockGraph.of(StaticAnalyzer.facts(program)), dot);
        } catch (InputException e) {
            return errors(e.diagnostics());
        }
        String text = format.equals("svg") ? svg(dot.toString()) : dot.toString();
        Output.to(output, spec.commandLine().getOut(), out -> out.write(text));
        return ExitCode.CLEAN.code;
    }

    private int errors(List<Diagnostic> diagnostics) {
        return Runs.inputErrors(new InputException(diagnostics), spec.commandLine().getErr());
    }

    private String svg(String dot) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("dot", "-Tsvg").start();
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--format svg needs Graphviz's 'dot' on the PATH");
        }
        p.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("dot failed: " + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return svg;
    }
}
