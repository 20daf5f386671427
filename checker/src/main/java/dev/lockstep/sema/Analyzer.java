package dev.lockstep.sema;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.TranslationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/** Semantic analysis of a translation unit: from the syntax tree to a {@link SemanticModel}. */
public final class Analyzer {

    /** The facts of file-scope initializers are kept under this name (no function has it). */
    public static final String FILE_SCOPE = "<file scope>";

    private final Leniency leniency;

    public Analyzer(Leniency leniency) {
        this.leniency = leniency;
    }

    public Analyzer() {
        this(Leniency.C);
    }

    public SemanticModel analyze(TranslationUnit unit) throws InputException {
        Analysis analysis = new Analysis(leniency);
        DeclResolver decls = new DeclResolver(analysis);
        for (Decl d : unit.decls()) {
            decls.fileScope(d);
        }
        BodyResolver fileScope = new BodyResolver(analysis,
                new FunctionState(FILE_SCOPE, new CType.Function(Types.VOID, List.of(),
                        dev.lockstep.frontend.ast.TypeRef.Variadic.FIXED), analysis.fileScope()));
        for (GlobalInfo g : List.copyOf(analysis.globals().values())) {
            if (g.init() != null) {
                fileScope.initializer(g.init());
            }
        }
        analysis.facts().put(FILE_SCOPE, fileScope.facts());
        for (FunctionInfo f : List.copyOf(analysis.functions().values())) {
            if (f.isDefined()) {
                BodyResolver body = new BodyResolver(analysis, new FunctionState(f.name(), f.type(),
                        analysis.fileScope()));
                body.function(f);
                analysis.facts().put(f.name(), body.facts());
            }
        }
        List<EntryOrigin> entries = new ArrayList<>(new StaticEntries(analysis).collect());
        entries.addAll(new RegistrationSummaries(analysis.facts()).entries());
        analysis.diagnostics().throwIfErrors();
        Graph<String, DefaultEdge> graph = CallGraph.build(analysis.functions(), analysis.facts());
        Map<String, FunctionContexts> contexts = ContextPropagation.propagate(graph, entries);
        return new SemanticModel(unit.file(), analysis, entries, graph, contexts);
    }
}
