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
 * registrations ({@code __entry(__init, f);}) and the function members of a
 * {@code struct file_operations} initializer (process context).
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
        for (GlobalInfo g : analysis.globals().values()) {
            if (g.type().resolved() instanceof CType.Struct s && "file_operations".equals(s.tag())
                    && g.init() instanceof Expr.InitList list) {
                fileOperations(g, list, result);
            }
        }
        return result;
    }

    private void fileOperations(GlobalInfo g, Expr.InitList list, List<EntryOrigin> result) {
        for (Expr.InitItem item : list.items()) {
            Expr v = CallFacts.stripCasts(item.value());
            if (v instanceof Expr.Unary u && u.op().equals("&")) {
                v = CallFacts.stripCasts(u.operand());
            }
            if (v instanceof Expr.Name n && analysis.bindings().symbolOf(n) instanceof Symbol.Function f) {
                result.add(new EntryOrigin(f.name(), EntrySpec.of(ContextKind.PROCESS), EntryOrigin.Binding.STATIC,
                        "struct file_operations " + g.name(), item.span()));
            }
        }
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
        for (Annotation.Arg arg : a.args()) {
            OptionalLong v = eval.eval(arg.value());
            if (arg.key() == null || v.isEmpty()) {
                analysis.diagnostics().error(arg.span(), "expected 'cpu = N', 'instances = N' or 'times = N'");
                continue;
            }
            long value = v.getAsLong();
            switch (arg.key()) {
                case "cpu" -> cpu = (int) within(arg, value, 0, EntrySpec.MAX_CPUS - 1, "a CPU number");
                case "instances" -> instances = (int) within(arg, value, 1, EntrySpec.MAX_CPUS,
                        "a number of instances (each runs on a CPU of its own)");
                case "times" -> times = (int) within(arg, value, 0, Integer.MAX_VALUE, "a number of times");
                default -> analysis.diagnostics().error(arg.span(), "unknown argument '" + arg.key()
                        + "' of " + a.name() + " (expected cpu, instances or times)");
            }
        }
        return Optional.of(new EntrySpec(kind.get(), cpu, instances, times));
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
