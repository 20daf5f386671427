package dev.lockstep.litmus;

import dev.lockstep.explore.ExploreOptions;
import dev.lockstep.frontend.Frontend;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.ir.LitmusProgram;
import dev.lockstep.ir.lower.Compiler;
import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.ModelTable;
import dev.lockstep.memory.Models;
import dev.lockstep.testing.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Litmus tests through the front end, the lowering and the explorer, as {@code lockstep litmus} runs them. */
final class LitmusTests {
    private static final Path CORPUS = RepoPaths.shared().resolve("litmus");
    private static final Frontend FRONTEND = Frontends.create(new FrontendOptions(List.of(CORPUS), null, Map.of()));
    private static final Compiler COMPILER = new Compiler();

    private LitmusTests() {}

    static LitmusProgram compile(Path file) throws InputException {
        return COMPILER.compile(FRONTEND.parseLitmus(file));
    }

    /** A litmus test built as an AST, with the implicit prelude every test gets. */
    static LitmusProgram compile(Litmus test) throws InputException {
        var prelude = FRONTEND.parseLitmus(CORPUS.resolve("linux/SB+poonceonces.litmus")).prelude();
        return COMPILER.compile(test, prelude);
    }

    static List<LitmusResult> run(Path file, List<MemoryModel> models) throws InputException {
        return run(compile(file), models, Models.table()).results();
    }

    static LitmusRunner.Run run(LitmusProgram test, List<MemoryModel> models, ModelTable table) throws InputException {
        return new LitmusRunner(ExploreOptions.defaults(), table).run(test, models);
    }

    /** Why {@code model} allows an outcome of {@code file} that sc forbids, if it does. */
    static Optional<WeakOutcome> explain(Path file, MemoryModel model) throws InputException {
        LitmusRunner.Run run = run(compile(file), List.of(model), Models.table());
        return Optional.ofNullable(run.explanations().get(model.name()));
    }
}
