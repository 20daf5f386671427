package dev.lockstep.explore.scenario;

import dev.lockstep.explore.ExploreOptions;
import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.Code;
import dev.lockstep.explore.interp.ContextKind;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.EntrySpec;
import dev.lockstep.explore.interp.Interpreter;
import dev.lockstep.explore.interp.Listener;
import dev.lockstep.ir.Contract;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the default scenario of LANGUAGE.md: runs {@code __init} alone (its writes become the
 * initial memory, its {@code kthread_run}s and registrations add contexts), places one process
 * context instance per CPU (at least two CPUs), lets each handler fire on every CPU it is allowed
 * on, and gives entry-point parameters every value of their domain (one scenario per combination).
 */
public final class ScenarioBuilder {
    /** Most parameter combinations explored; beyond it the first ones are taken and a note says so. */
    static final int MAX_VARIANTS = 64;

    private final Code code;
    private final CellTable cells;
    private final ExploreOptions options;
    private final Listener listener;
    private final List<Placed> processes = new ArrayList<>();
    private final List<Placed> handlers = new ArrayList<>();
    private final List<EntrySpec> finals = new ArrayList<>();

    /** An entry with its pinned CPU (-1: any) and parameter domains. */
    private record Placed(EntrySpec spec, int cpu, List<List<Long>> domains) {}

    public ScenarioBuilder(Code code, CellTable cells, ExploreOptions options, Listener listener) {
        this.code = code;
        this.cells = cells;
        this.options = options;
        this.listener = listener;
    }

    /** The scenario variants (one per combination of parameter values), or none if {@code __init} did not finish. */
    public List<Scenario> build() {
        for (Function fn : code.program().functions().values()) {
            for (Contract.EntryPoint ep : fn.contract().entries()) {
                if (ep.kind() == Insn.EntryKind.INIT && !runInit(fn)) {
                    return List.of();
                }
            }
        }
        for (Function fn : code.program().functions().values()) {
            for (Contract.EntryPoint ep : fn.contract().entries()) {
                declare(fn, ep);
            }
        }
        return Variants.expand(processes.stream().map(p -> new Variants.Entry(p.spec, p.cpu, p.domains)).toList(),
                handlers.stream().map(p -> new Variants.Entry(p.spec, p.cpu, p.domains)).toList(), finals,
                cpuCount(), listener);
    }

    private void declare(Function fn, Contract.EntryPoint ep) {
        switch (ep.kind()) {
            case PROCESS -> {
                for (int i = 0; i < Math.max(1, ep.instances()); i++) {
                    String instance = fn.name() + "#" + i;
                    processes.add(new Placed(new EntrySpec(ContextKind.PROCESS, fn.name(), List.of(),
                            "process:" + fn.name(), 1), ep.cpu(), domains(fn, instance)));
                }
            }
            case SOFTIRQ, TASKLET, TIMER, HARDIRQ, HARDIRQ_RAW, NMI ->
                addHandler(fn, ContextKind.of(ep.kind()), ep.cpu(), ep.times(), null);
            case FINAL -> finals.add(new EntrySpec(ContextKind.FINAL, fn.name(), List.of(), "final:" + fn.name(), 1));
            case INIT -> {
            }
        }
    }

    private void addHandler(Function fn, ContextKind kind, int cpu, int times, List<Long> args) {
        int bound = times > 0 ? times : kind == ContextKind.SOFTIRQ ? options.softirqBound() : options.irqBound();
        EntrySpec spec = new EntrySpec(kind, fn.name(), args == null ? List.of() : args,
                kind.label() + ":" + fn.name(), bound);
        handlers.add(new Placed(spec, cpu, args == null ? domains(fn, fn.name()) : List.of()));
    }

    private List<List<Long>> domains(Function fn, String instance) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < fn.params().size(); i++) {
            out.add(ParameterDomain.values(fn, i, instance, cells));
        }
        return out;
    }

    private int cpuCount() {
        if (options.cpus() > 0) {
            return options.cpus();
        }
        int n = Math.max(2, processes.size());
        for (Placed p : processes) {
            n = Math.max(n, p.cpu + 1);
        }
        for (Placed p : handlers) {
            n = Math.max(n, p.cpu + 1);
        }
        return n;
    }

    private boolean runInit(Function fn) {
        SetupListener setup = new SetupListener(listener);
        Interpreter interpreter = new Interpreter(code, cells, setup, options.loopBound(), 1);
        CpuState cpu = new CpuState(0, List.of(new EntrySpec(ContextKind.INIT, fn.name(), List.of(),
                "init:" + fn.name(), 1)), List.of());
        DirectRunner.Memory memory = new DirectRunner.Memory() {
            @Override
            public long read(int cell) {
                return cells.initial(cell);
            }

            @Override
            public void write(int cell, long value) {
                cells.setInitial(cell, value);
            }
        };
        var status = DirectRunner.run(interpreter, cpu, memory);
        for (SetupListener.Started s : setup.started()) {
            Function target = code.function(s.function());
            if (s.kind() == ContextKind.PROCESS) {
                List<Long> args = target.params().isEmpty() ? List.of() : List.of(s.arg());
                processes.add(new Placed(new EntrySpec(ContextKind.PROCESS, s.function(), args,
                        "process:" + s.function(), 1), -1, List.of()));
            } else {
                List<Long> args = s.kind() == ContextKind.HARDIRQ && target.params().size() >= 2
                        ? List.of(0L, s.arg()) : List.of(s.arg());
                addHandler(target, s.kind(), -1, 0, args);
            }
        }
        if (status == dev.lockstep.explore.interp.CpuStatus.BLOCKED) {
            listener.note(fn.span(), "__init " + fn.name() + " blocked: nothing else runs before it ends");
            return false;
        }
        return true;
    }
}
