package dev.lockstep.lsp;

import dev.lockstep.check.Bounds;
import dev.lockstep.check.CheckOptions;
import dev.lockstep.check.Checker;
import dev.lockstep.check.Mode;
import dev.lockstep.check.ModelNames;
import dev.lockstep.check.ProjectConfig;
import dev.lockstep.check.ProjectRoot;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.RunResult;
import dev.lockstep.frontend.Frontend;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lockstep check} of one saved file as the command line runs it, with the project's
 * {@code lockstep.toml} applied, and the quick fixes of its findings against the same text.
 */
final class FileCheck {

    /** A finding of the file and its quick fix, if it has a mechanical one. */
    record Checked(Finding finding, Optional<QuickFixes.Proposal> fix) {}

    /** What one check of a file gave: its findings, or the input errors that stopped it. */
    record Outcome(List<Checked> findings, List<dev.lockstep.frontend.Diagnostic> errors) {}

    private FileCheck() {}

    static Outcome run(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        ProjectRoot root = ProjectRoot.of(List.of(absolute));
        Optional<ProjectConfig> config;
        try {
            config = ProjectConfig.find(absolute, root);
        } catch (InputException e) {
            return new Outcome(List.of(), e.diagnostics());
        }
        ModelNames.Selection models = ModelNames.select(config.flatMap(ProjectConfig::models).orElse(List.of("all")));
        Bounds bounds = config.map(c -> c.bounds(Bounds.defaults())).orElse(Bounds.defaults());
        List<Rule> disabled = config.flatMap(ProjectConfig::disable).orElse(List.of());
        CheckOptions options = new CheckOptions(Mode.CHECK, models.names(),
                new FrontendOptions(List.of(absolute.getParent()), null, Map.of()), bounds, models.table());
        Frontend frontend = Frontends.create(options.frontend());
        RunResult result = new Checker(options, frontend).run(List.of(absolute)).result()
                .keeping(f -> !disabled.contains(f.rule()));
        if (!result.errors().isEmpty()) {
            return new Outcome(List.of(), result.errors());
        }
        Optional<SourceModel> source = source(frontend, absolute);
        List<Checked> checked = new ArrayList<>();
        for (Finding f : result.findings()) {
            boolean here = Path.of(f.span().file()).toAbsolutePath().normalize().equals(absolute);
            if (here) {
                checked.add(new Checked(f, source.flatMap(s -> QuickFixes.of(f, s))));
            }
        }
        return new Outcome(checked, List.of());
    }

    /** The file's structure for quick fixes; none for a litmus test or a file that no longer parses. */
    private static Optional<SourceModel> source(Frontend frontend, Path file) {
        if (file.toString().endsWith(".litmus")) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Optional.of(new SourceModel(frontend.parseC(file).unit(), file.toString(), text));
        } catch (InputException | IOException e) {
            return Optional.empty();
        }
    }
}
