package dev.lockstep.check;

import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.RunResult;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Frontend;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.ir.LitmusProgram;
import dev.lockstep.analysis.StaticAnalyzer;
import dev.lockstep.explore.ExplorationResult;
import dev.lockstep.explore.ExploreOptions;
import dev.lockstep.explore.Explorer;
import dev.lockstep.finding.Rule;
import dev.lockstep.memory.Models;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.lower.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One run over a set of files: each file read, its comments scanned, parsed, analysed and (in
 * {@link Mode#CHECK}) explored under each selected model; findings merged, suppressed where a
 * comment says so, and either reported or verified against the file's expectations.
 */
public final class Checker {

    private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.span().file())
            .thenComparingInt(f -> f.span().line()).thenComparingInt(f -> f.span().column())
            .thenComparing(Finding::rule).thenComparing(Finding::message);

    private final CheckOptions options;
    private final Frontend frontend;
    private final Compiler compiler;
    private final FindingMerger merger;

    private Progress progress = Progress.NONE;
    /** Warnings of the run so far (calls of functions nothing declares). */
    private final List<Diagnostic> warnings = new ArrayList<>();
    private Exclusions exclusions = Exclusions.NONE;

    public Checker(CheckOptions options, Frontend frontend) {
        this.options = options;
        this.frontend = frontend;
        this.compiler = new Compiler(options.build());
        this.merger = new FindingMerger(options.models());
        if (options.mode() == Mode.CHECK) {
            options.table().prepare(options.models());
        }
    }

    /** The findings of one file, the explorations made and the file's comments. */
    private record FileResult(List<Finding> findings, List<Exploration> explorations, SourceComments comments) {}

    /** Checks {@code paths}: the findings, and where they disagree with each file's {@code // expect:} comments. */
    public Outcome run(List<Path> paths) {
        InputFiles input = InputFiles.collect(paths, exclusions);
        List<Finding> findings = new ArrayList<>();
        List<Exploration> explorations = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>(input.errors());
        List<Diagnostic> mismatches = new ArrayList<>();
        warnings.clear();
        progress.started(input.files().size());
        for (Path file : input.files()) {
            try {
                FileResult r = checkFile(file);
                findings.addAll(r.findings());
                explorations.addAll(r.explorations());
                mismatches.addAll(ExpectationCheck.verify(file.toString(), r.findings(),
                        r.comments().expectations(), options.models(), options.build()));
            } catch (InputException e) {
                errors.addAll(e.diagnostics());
            } catch (RuntimeException e) {
                throw new InternalFailure(file, e);
            }
            progress.fileDone();
        }
        progress.finished();
        findings.sort(ORDER);
        return new Outcome(new RunResult(findings, explorations, errors, List.copyOf(warnings)), mismatches);
    }

    /** Reports the run's progress to {@code watcher} (a terminal's progress lines). */
    public Checker watchedBy(Progress watcher) {
        this.progress = watcher;
        return this;
    }

    /** Skips the files {@code excluded} names when walking directories. */
    public Checker excluding(Exclusions excluded) {
        this.exclusions = excluded;
        return this;
    }

    /** A run's result and, separately, where its findings disagree with the files' expect comments. */
    public record Outcome(RunResult result, List<Diagnostic> expectationMismatches) {}

    private FileResult checkFile(Path file) throws InputException {
        String text = read(file);
        SourceComments comments = SourceComments.read(file.toString(), text);
        List<Finding> findings = new ArrayList<>();
        List<Exploration> explorations = new ArrayList<>();
        List<Fingerprints.Scope> scopes = new ArrayList<>();
        if (InputFiles.isLitmus(file)) {
            var parsed = frontend.parseLitmus(file);
            parsed.litmus().processes().forEach(p -> scopes.add(new Fingerprints.Scope(p.name(), p.span())));
            LitmusProgram test = compiler.compile(parsed);
            if (options.mode() == Mode.CHECK) {
                LitmusCheck.Outcome litmus = new LitmusCheck(options.models(), options.table(), options.exploreOptions())
                        .run(file.toString(), test);
                findings.addAll(litmus.findings());
                explorations.addAll(litmus.explorations());
            }
        } else {
            Compiler.Compiled compiled = compiler.compileWithModel(frontend.parseC(file).unit());
            warnings.addAll(UndeclaredCalls.check(compiled.model().implicitCalls(), frontend));
            Program program = compiled.program();
            program.functions().values().forEach(f -> scopes.add(new Fingerprints.Scope(f.name(), f.span())));
            List<Finding> statics = withModels(StaticAnalyzer.analyze(program, options.build()));
            if (options.mode() == Mode.LINT) {
                findings.addAll(statics);
            } else {
                Explored explored = explore(file, program);
                explorations.addAll(explored.explorations());
                findings.addAll(merger.merge(statics, explored.findings()));
            }
        }
        List<Finding> kept = findings.stream()
                .filter(f -> !comments.suppresses(f.rule(), f.span().line()))
                .sorted(ORDER)
                .toList();
        return new FileResult(new Fingerprints(scopes, new SourceLines()).assign(kept), explorations, comments);
    }

    /** What exploring one program under every selected model gave. */
    private record Explored(List<Finding> findings, List<Exploration> explorations) {}

    private Explored explore(Path file, Program program) {
        ExploreOptions explore = options.exploreOptions();
        Map<String, List<Finding>> byModel = new LinkedHashMap<>();
        List<Exploration> explorations = new ArrayList<>();
        for (String name : options.models()) {
            progress.exploring(file.toString(), name);
            ExplorationResult r = Explorer.explore(program, options.table().byName(name).orElseThrow(), explore);
            progress.explored(r.executions() + r.blocked());
            byModel.put(name, r.findings());
            explorations.add(new Exploration(file.toString(), name, r.complete(), r.executions(), r.blocked(),
                    r.timeMs(), r.stops()));
        }
        return new Explored(merger.joinModels(byModel, scAssertionLines(program, byModel, explore)), explorations);
    }

    /**
     * The lines whose assertions fail under sc: an assertion that fails only under weaker models is
     * a missing barrier. sc is explored for this when it was not selected and a weaker model failed one.
     */
    private static Set<String> scAssertionLines(Program program, Map<String, List<Finding>> byModel,
            ExploreOptions explore) {
        List<Finding> sc = byModel.get(Models.table().names().get(0));
        boolean weakFailure = byModel.values().stream().flatMap(List::stream)
                .anyMatch(f -> f.rule() == Rule.ASSERTION);
        if (sc == null && weakFailure) {
            sc = Explorer.explore(program, Models.table().strongest(), explore).findings();
        }
        Set<String> lines = new TreeSet<>();
        if (sc != null) {
            sc.stream().filter(f -> f.rule() == Rule.ASSERTION).forEach(f -> lines.add(FindingMerger.lineKey(f.span())));
        }
        return lines;
    }

    /** Static findings hold whatever the memory model: they carry every selected model. */
    private List<Finding> withModels(List<Finding> found) {
        return found.stream().map(f -> f.withModels(options.models())).toList();
    }

    private static String read(Path file) throws InputException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(Diagnostic.error(new Span(file.toString(), 0, 0, 0, 0), "No such file or directory"));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputException(Diagnostic.error(new Span(file.toString(), 0, 0, 0, 0), "Permission denied"));
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(new Span(file.toString(), 0, 0, 0, 0),
                    "cannot read file: " + e.getMessage()));
        }
    }
}
