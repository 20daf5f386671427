package dev.lockstep.cli;

import dev.lockstep.check.Bounds;
import dev.lockstep.check.CheckOptions;
import dev.lockstep.check.Durations;
import dev.lockstep.check.Mode;
import dev.lockstep.check.ModelNames;
import dev.lockstep.check.ProjectConfig;
import dev.lockstep.check.Suggestion;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.ir.Build;
import dev.lockstep.frontend.InputException;
import dev.lockstep.memory.ModelTable;
import dev.lockstep.memory.Models;
import dev.lockstep.memory.cat.CatLoader;
import dev.lockstep.memory.cat.CatModel;
import dev.lockstep.sema.EntrySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options shared by {@code check}, {@code lint}, {@code litmus} and {@code grade}. A project's
 * {@code lockstep.toml} supplies defaults for those the command line does not give.
 */
final class AnalysisOptions {

    private static final Bounds DEFAULTS = Bounds.defaults();

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
    int cpus = DEFAULTS.cpus();

    @Option(names = "--irq-bound", paramLabel = "N", description = "Hard interrupts per handler and CPU (default: 1).")
    int irqBound = DEFAULTS.irqBound();

    @Option(names = "--softirq-bound", paramLabel = "N", description = "Softirq runs per handler and CPU (default: 1).")
    int softirqBound = DEFAULTS.softirqBound();

    @Option(names = "--loop-bound", paramLabel = "N", description = "Iterations of one loop in one execution before the execution is cut there (default: "
                    + dev.lockstep.explore.ExploreOptions.DEFAULT_LOOP_BOUND + "); a loop that waits (writes nothing and "
                    + "returns to the same state) never counts against it.")
    int loopBound = DEFAULTS.loopBound();

    @Option(names = "--max-executions", paramLabel = "N", description = "Executions per exploration before it stops (default: 1000000).")
    long maxExecutions = DEFAULTS.maxExecutions();

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Wall time per exploration: 30s, 2m, 500ms, or ISO-8601 (default: 60s).")
    String timeout = DEFAULTS.timeout().toSeconds() + "s";

    @Option(names = "-D", paramLabel = "MACRO",
            description = "Define a preprocessor macro as a C compiler does: NAME (defined as 1) or NAME=VALUE.")
    List<String> defines = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads for exploration (default: available processors). Results do not depend on it.")
    int jobs = DEFAULTS.jobs();

    @Option(names = "--stdlib", paramLabel = "DIR", description = "Use the kernel API models in DIR instead of the bundled ones.")
    Path stdlib;

    @Option(names = "--diff", paramLabel = "REV", description = "Report only findings on lines changed since the git revision REV.")
    String diff;

    @Option(names = "--disable", split = ",", paramLabel = "RULE", description = "Report no findings of these rules.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in the baseline FILE (matched by fingerprint, so moved code stays matched).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record every finding of this run in the baseline FILE; the run then reports none of them.")
    Path writeBaseline;

    @Option(names = "--fail-level", paramLabel = "LEVEL",
            description = "Exit 1 only for findings at or above LEVEL: warning (default) or error; none never fails on findings.")
    FailLevel failLevel = FailLevel.warning;

    /** Which findings make the exit code 1. */
    enum FailLevel { warning, error, none }

    @Option(names = "--preempt-rt", description = "Check for a PREEMPT_RT kernel: spinlock_t, rwlock_t and local_lock_t "
            + "sleep, hard interrupt handlers run in threads unless registered with IRQF_NO_THREAD, and hrtimers not in "
            + "HRTIMER_MODE_HARD expire in softirq context.")
    boolean preemptRt;

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

    /** Takes from {@code config} every setting that the command line did not give. */
    void apply(ProjectConfig config, ParseResult given) {
        if (!given.hasMatchedOption("--model")) {
            config.models().ifPresent(m -> models = new ArrayList<>(m));
        }
        if (!given.hasMatchedOption("--cpus")) {
            config.cpus().ifPresent(v -> cpus = v);
        }
        if (!given.hasMatchedOption("--irq-bound")) {
            config.irqBound().ifPresent(v -> irqBound = v);
        }
        if (!given.hasMatchedOption("--softirq-bound")) {
            config.softirqBound().ifPresent(v -> softirqBound = v);
        }
        if (!given.hasMatchedOption("--loop-bound")) {
            config.loopBound().ifPresent(v -> loopBound = v);
        }
        if (!given.hasMatchedOption("--max-executions")) {
            config.maxExecutions().ifPresent(v -> maxExecutions = v);
        }
        if (!given.hasMatchedOption("--timeout")) {
            config.timeout().ifPresent(v -> timeout = v.toMillis() + "ms");
        }
        if (!given.hasMatchedOption("--disable")) {
            config.disable().ifPresent(rules -> disable = new ArrayList<>(rules.stream().map(Rule::id).toList()));
        }
        if (!given.hasMatchedOption("--fail-level")) {
            config.failLevel().ifPresent(v -> failLevel = FailLevel.valueOf(v));
        }
        if (!given.hasMatchedOption("--baseline") && !given.hasMatchedOption("--write-baseline")) {
            config.baseline().ifPresent(v -> baseline = v);
        }
    }

    CheckOptions toCheckOptions(Mode mode, List<Path> roots) {
        ModelNames.Selection selection = selectedModels();
        return new CheckOptions(mode, selection.names(), new FrontendOptions(roots, stdlib, defineMap()), bounds(),
                selection.table(), preemptRt ? Build.PREEMPT_RT : Build.STANDARD);
    }

    ModelNames.Selection selectedModels() {
        try {
            return ModelNames.select(models);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage() + " for --model");
        }
    }

    /** The rules {@code --disable} names. */
    Set<Rule> disabledRules() {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        for (String id : disable) {
            Rule r = Rule.byId(id.trim());
            if (r == null) {
                throw new ParameterException(spec.commandLine(), "unknown rule '" + id + "' for --disable"
                        + Suggestion.hint(id.trim(), Rule.ids()));
            }
            rules.add(r);
        }
        return rules;
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
        atMost("--cpus", cpus, EntrySpec.MAX_CPUS);
        positive("--irq-bound", irqBound, 0);
        positive("--softirq-bound", softirqBound, 0);
        positive("--loop-bound", loopBound, 1);
        positive("--jobs", jobs, 1);
        if (maxExecutions < 1) {
            throw new ParameterException(spec.commandLine(), "--max-executions must be at least 1");
        }
        Duration limit = Durations.parse(timeout).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "invalid duration '" + timeout + "' for --timeout (expected e.g. 30s, 2m, 500ms)"));
        return new Bounds(cpus, irqBound, softirqBound, loopBound, maxExecutions, limit, jobs);
    }

    private void positive(String option, int value, int least) {
        if (value < least) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + least);
        }
    }

    private void atMost(String option, int value, int most) {
        if (value > most) {
            throw new ParameterException(spec.commandLine(), option + " must be at most " + most);
        }
    }
}
