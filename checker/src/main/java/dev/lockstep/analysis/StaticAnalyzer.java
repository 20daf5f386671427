package dev.lockstep.analysis;

import dev.lockstep.analysis.event.Certainty;
import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.flow.Completions;
import dev.lockstep.analysis.flow.FlowEnv;
import dev.lockstep.analysis.flow.FunctionFlow;
import dev.lockstep.analysis.flow.QuietFunctions;
import dev.lockstep.analysis.flow.Resolver;
import dev.lockstep.analysis.graph.CallGraph;
import dev.lockstep.analysis.graph.ContextMap;
import dev.lockstep.analysis.graph.EntryContexts;
import dev.lockstep.analysis.rules.AnalysisFacts;
import dev.lockstep.analysis.rules.StaticRule;
import dev.lockstep.analysis.rules.StaticRules;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.finding.Finding;
import dev.lockstep.ir.Build;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Program;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static analysis of a lowered program: summaries bottom-up over the call graph (one dataflow
 * per function), contexts top-down from the entry points, then every static rule over the
 * observations. Findings come sorted by file, line, column and rule.
 */
public final class StaticAnalyzer {

    private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.span().file())
            .thenComparingInt(f -> f.span().line()).thenComparingInt(f -> f.span().column())
            .thenComparing(f -> f.rule().id()).thenComparing(Finding::message);

    private StaticAnalyzer() {
    }

    public static List<Finding> analyze(Program program) {
        return analyze(program, Build.STANDARD);
    }

    /** The findings of {@code program} on {@code build} (lowered for it). */
    public static List<Finding> analyze(Program program, Build build) {
        return findings(facts(program, build));
    }

    /** The observations and contexts the rules match on (also what {@code lockstep graph} draws). */
    public static AnalysisFacts facts(Program program) {
        return facts(program, Build.STANDARD);
    }

    /** The observations and contexts the rules match on, for {@code build}. */
    public static AnalysisFacts facts(Program program, Build build) {
        Map<String, Resolver> resolvers = new LinkedHashMap<>();
        for (Function f : program.functions().values()) {
            resolvers.put(f.name(), new Resolver(f, resolvers));
        }
        CallGraph calls = new CallGraph(program, resolvers);
        EntryContexts own = new EntryContexts(program);
        Map<String, Summary> summaries = new LinkedHashMap<>();
        Map<String, Completions.Result> completions = new LinkedHashMap<>();
        List<Observation> observations = new ArrayList<>();
        for (List<String> group : calls.bottomUp()) {
            for (String name : group) {
                Function f = program.functions().get(name);
                FlowEnv.Role role = !own.of(name).isEmpty() || !calls.hasCallers(name)
                        ? FlowEnv.Role.ENTRY : FlowEnv.Role.CALLED;
                if (QuietFunctions.isQuiet(f, resolvers.get(name), summaries)) {
                    summaries.put(name, Summary.IDENTITY);
                    observations.addAll(QuietFunctions.calls(f, resolvers.get(name)));
                } else {
                    FlowEnv env = new FlowEnv(f, resolvers.get(name), summaries, role, own.of(name));
                    FunctionFlow.Result r = new FunctionFlow(env).run();
                    summaries.put(name, r.summary());
                    observations.addAll(r.observations());
                }
                Completions.Result c = Completions.of(f, resolvers.get(name), completions);
                completions.put(name, c);
                if (role == FlowEnv.Role.ENTRY && !c.sometimes().isEmpty()) {
                    observations.add(new Observation.Completes(name, c.always(), c.sometimes(), f.span(),
                            Certainty.ALL_PATHS));
                }
            }
        }
        List<Observation.Call> callObs = new ArrayList<>();
        for (Observation o : observations) {
            if (o instanceof Observation.Call c) {
                callObs.add(c);
            }
        }
        return new AnalysisFacts(program, observations, new ContextMap(calls, own, callObs), build);
    }

    public static List<Finding> findings(AnalysisFacts facts) {
        Map<List<Object>, Finding> unique = new LinkedHashMap<>();
        for (StaticRule rule : StaticRules.all()) {
            for (Finding f : rule.check(facts)) {
                unique.putIfAbsent(List.of(f.rule(), f.span(), f.message()), f);
            }
        }
        List<Finding> out = new ArrayList<>(unique.values());
        out.sort(ORDER);
        return out;
    }
}
