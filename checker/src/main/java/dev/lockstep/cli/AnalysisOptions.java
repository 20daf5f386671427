package dev.lockstep.cli;

import dev.lockstep.check.Bounds;
import dev.lockstep.check.CheckOptions;
import dev.lockstep.check.Mode;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.InputException;
import dev.lockstep.memory.ModelTable;
import dev.lockstep.memory.Models;
import dev.lockstep.memory.cat.CatLoader;
import dev.lockstep.memory.cat.CatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The options shared by {@code check}, {@code lint} and {@code litmus}. */
final class AnalysisOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--model", split = ",", paramLabel = "MODEL",
            description = "Memory models to explore under: sc, tso, arm, lkmm, all (the four), or a .cat file "
                    + "(a variant of a model, named by its file name) (default: all).")
    List<String> models = new ArrayList<>(List.of("all"));

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--cpus", paramLabel = "N", description = "CPUs of the scenario (default: one per process-context instance, at least 2).")
    int cpus;

    @Option(names = "--irq-bound", paramLabel = "N", description = "Hard interrupts per handler and CPU (default: 1).")
    int irqBound = 1;

    @Option(names = "--softirq-bound", paramLabel = "N", description = "Softirq runs per handler and CPU (default: 1).")
    int softirqBound = 1;

    @Option(names = "--loop-bound", paramLabel = "N", description = "Iterations of a loop before the bound is hit (default: 8).")
    int loopBound = 8;

    @Option(names = "--max-executions", paramLabel = "N", description = "Executions per exploration before it stops (default: 1000000).")
    long maxExecutions = 1_000_000;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Wall time per exploration: 30s, 2m, 500ms, or ISO-8601 (default: 60s).")
    String timeout = "60s";

    @Option(names = "-D", paramLabel = "NAME[=VALUE]", description = "Define a preprocessor macro, as a C compiler does.")
    List<String> defines = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads for exploration (default: available processors). Results do not depend on it.")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--stdlib", paramLabel = "DIR", description = "Use the kernel API models in DIR instead of the bundled ones.")
    Path stdlib;

    @Option(names = "--diff", paramLabel = "REV", description = "Report only findings on lines changed since the git revision REV.")
    String diff;

    @Option(names = "--fail-level", paramLabel = "LEVEL",
            description = "Exit 1 only for findings at or above LEVEL: warning (default) or error; none never fails on findings.")
    FailLevel failLevel = FailLevel.warning;

    /** Which findings make the exit code 1. */
    enum FailLevel { warning, error, none }

    @Option(names = "--expect", description = "Verify the files' '// expect:' comments instead of reporting findings.")
    boolean expect;

    @Option(names = "--quiet", description = "Print nothing but findings and errors.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print each exploration's statistics.")
    boolean verbose;

    @Option(names = "--no-progress", description = "Never print progress on standard error.")
    boolean noProgress;

    /** The output formats. */
    enum Format { text, json, sarif, github, junit, gradescope, prairielearn, html }

    CheckOptions toCheckOptions(Mode mode, List<Path> roots) {
        ModelTable table = Models.table();
        List<String> selected = new ArrayList<>();
        for (String m : models) {
            String name = m.trim().toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                table.names().stream().filter(x -> !selected.contains(x)).forEach(selected::add);
            } else if (table.names().contains(name)) {
                if (!selected.contains(name)) {
                    selected.add(name);
                }
            } else if (m.trim().endsWith(".cat")) {
                CatModel file = modelFile(Path.of(m.trim()));
                table = table.with(file);
                selected.remove(file.name());
                selected.add(file.name());
            } else {
                throw new ParameterException(spec.commandLine(), "unknown model '" + m + "' for --model (expected "
                        + String.join(", ", table.names()) + ", all, or a .cat file)");
            }
        }
        ModelTable chosen = table;
        selected.sort((a, b) -> Integer.compare(chosen.strength(a), chosen.strength(b)));
        return new CheckOptions(mode, selected, new FrontendOptions(roots, stdlib, defineMap()), bounds(), chosen);
    }

    /** A model the user wrote, named by its file name; its errors are usage errors at their line. */
    private CatModel modelFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no model file '" + file + "' for --model");
        }
        try {
            return CatLoader.fromFile(file.getFileName().toString(), file);
        } catch (InputException e) {
            throw new ParameterException(spec.commandLine(), e.diagnostics().get(0).toString(), e);
        }
    }

    Map<String, String> defineMap() {
        return defines(defines, spec.commandLine());
    }

    /** {@code -D NAME[=VALUE]} options as a compiler reads them: in order, the value "1" when absent. */
    static Map<String, String> defines(List<String> options, picocli.CommandLine commandLine) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String d : options) {
            int eq = d.indexOf('=');
            String name = eq < 0 ? d : d.substring(0, eq);
            if (!name.matches("[A-Za-z_][A-Za-z_0-9]*")) {
                throw new ParameterException(commandLine, "invalid macro name in -D " + d);
            }
            map.put(name, eq < 0 ? "1" : d.substring(eq + 1));
        }
        return map;
    }

    Bounds bounds() {
        positive("--cpus", cpus, 0);
        positive("--irq-bound", irqBound, 0);
        positive("--softirq-bound", softirqBound, 0);
        positive("--loop-bound", loopBound, 1);
        positive("--jobs", jobs, 1);
        if (maxExecutions < 1) {
            throw new ParameterException(spec.commandLine(), "--max-executions must be at least 1");
        }
        return new Bounds(cpus, irqBound, softirqBound, loopBound, maxExecutions, duration(timeout), jobs);
    }

    private void positive(String option, int value, int least) {
        if (value < least) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + least);
        }
    }

    private Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            }
            if (t.endsWith("m")) {
                return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
            }
            if (t.endsWith("h")) {
                return Duration.ofMinutes(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    "invalid duration '" + text + "' for --timeout (expected e.g. 30s, 2m, 500ms)");
        }
    }
}
