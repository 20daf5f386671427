package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Entry points fixed by the source: context annotations ({@code __hardirq(cpu = 0)}), file-scope
 * registrations ({@code __entry(__init, f);}) and the functions an ops table's initializer stores
 * in members that carry a context annotation ({@link OpsTables}).
 */
final class StaticEntries {

    private final Analysis analysis;
    private final ConstEval eval;

    StaticEntries(Analysis analysis) {
        this.analysis = analysis;
        this.eval = new ConstEval(analysis);
    }

    List<EntryOrigin> collect() {
        List<EntryOrigin> result = new ArrayList<>();
        for (FunctionInfo f : analysis.functions().values()) {
            for (Annotation a : f.annotations()) {
                spec(a).ifPresent(spec -> result.add(new EntryOrigin(f.name(), spec, EntryOrigin.Binding.STATIC,
                        a.name(), a.span())));
            }
        }
        for (Decl.Entry e : analysis.entries()) {
            Optional<EntrySpec> spec = spec(e.context());
            if (spec.isEmpty()) {
                analysis.diagnostics().error(e.context().span(), "unknown context '" + e.context().name() + "'");
            } else if (!analysis.functions().containsKey(e.function())) {
                analysis.diagnostics().error(e.span(), "use of undeclared identifier '" + e.function() + "'");
            } else {
                result.add(new EntryOrigin(e.function(), spec.get(), EntryOrigin.Binding.STATIC,
                        e.context().name(), e.span()));
            }
        }
        new OpsTables(analysis, this).collect(result);
        return result;
    }

    /** The entry placement an annotation gives, if it names a context. */
    Optional<EntrySpec> spec(Annotation a) {
        Optional<ContextKind> kind = ContextKind.ofAnnotation(a.name());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        int cpu = -1;
        int instances = 1;
        int times = -1;
        ContextKind context = kind.get();
        for (Annotation.Arg arg : a.args()) {
            OptionalLong v = eval.eval(arg.value());
            if (arg.key() == null || v.isEmpty()) {
                analysis.diagnostics().error(arg.span(), "expected 'cpu = N', 'instances = N', 'times = N' or "
                        + "'threaded = 0'");
                continue;
            }
            long value = v.getAsLong();
            switch (arg.key()) {
                case "cpu" -> cpu = (int) within(arg, value, 0, EntrySpec.MAX_CPUS - 1, "a CPU number");
                case "instances" -> instances = (int) within(arg, value, 1, EntrySpec.MAX_CPUS,
                        "a number of instances (each runs on a CPU of its own)");
                case "times" -> times = (int) within(arg, value, 0, Integer.MAX_VALUE, "a number of times");
                case "threaded" -> context = threading(a, arg, value, context);
                default -> analysis.diagnostics().error(arg.span(), "unknown argument '" + arg.key()
                        + "' of " + a.name() + " (expected cpu, instances, times or threaded)");
            }
        }
        return Optional.of(new EntrySpec(context, cpu, instances, times));
    }

    /**
     * {@code __hardirq(threaded = 0)}: a handler PREEMPT_RT does not run in a thread (one registered
     * with {@code IRQF_NO_THREAD}); {@code threaded = 1} is the default.
     */
    private ContextKind threading(Annotation a, Annotation.Arg arg, long threaded, ContextKind context) {
        if (context != ContextKind.HARDIRQ && context != ContextKind.HARDIRQ_RAW) {
            analysis.diagnostics().error(arg.span(), "'threaded' applies to hard interrupt handlers, not to " + a.name());
            return context;
        }
        return threaded == 0 ? ContextKind.HARDIRQ_RAW : ContextKind.HARDIRQ;
    }

    /** {@code value} when it is within {@code [least, most]}; else an error at the argument, and {@code least}. */
    private long within(Annotation.Arg arg, long value, long least, long most, String what) {
        if (value < least || value > most) {
            analysis.diagnostics().error(arg.span(), arg.key() + " = " + value + " is not " + what + " from " + least
                    + " to " + most);
            return least;
        }
        return value;
    }
}
