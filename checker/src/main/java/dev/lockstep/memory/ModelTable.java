package dev.lockstep.memory;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.memory.cat.CatLoader;
import dev.lockstep.memory.cat.CatModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The memory models by name, strongest first, as a table lists them ({@code models/models.txt}:
 * one line a model, its name and its cat file). Each model's cat file is its definition (the
 * reference); where a hand-written check of the same name exists ({@link ScModel} ...), that check
 * is the one used, as an optimisation the tests hold equal to the file. Models added from files
 * ({@link #with}) come after the table's and are in no strength order.
 */
public final class ModelTable {

    /**
     * One model: its name, its definition, and the check to run (the fast one if any, else the
     * definition). A bundled definition is read when first needed: a run under the models with fast
     * checks never parses their files.
     */
    public record Entry(String name, Supplier<CatModel> definition, MemoryModel check) {

        /** The model's cat definition. */
        public CatModel reference() {
            return definition.get();
        }
    }

    private final List<Entry> entries;
    private final int ranked;

    private ModelTable(List<Entry> entries, int ranked) {
        this.entries = List.copyOf(entries);
        this.ranked = ranked;
    }

    /**
     * Reads a table ({@code name file} a line, {@code #} comments) whose files {@code source}
     * holds; {@code fast} are the hand-written checks, each used for the model of its name.
     */
    public static ModelTable read(String tableFile, String text, CatLoader.Source source, List<MemoryModel> fast)
            throws InputException {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            Span at = Span.at(tableFile, i + 1, 1);
            if (fields.length != 2) {
                throw new InputException(Diagnostic.error(at, "expected a model's name and its file"));
            }
            String name = fields[0];
            if (entries.stream().anyMatch(e -> e.name().equals(name))) {
                throw new InputException(Diagnostic.error(at, "model '" + name + "' is listed twice"));
            }
            String file = fields[1];
            Supplier<CatModel> definition = new Definition(() -> load(name, file, source, at));
            MemoryModel check = fast.stream().filter(m -> m.name().equals(name)).findFirst()
                    .orElseGet(() -> new DeferredModel(name, definition));
            entries.add(new Entry(name, definition, check));
        }
        for (MemoryModel m : fast) {
            if (entries.stream().noneMatch(e -> e.name().equals(m.name()))) {
                throw new InputException(Diagnostic.error(Span.at(tableFile, 1, 1),
                        "the table lists no model '" + m.name() + "' for its fast check"));
            }
        }
        return new ModelTable(entries, entries.size());
    }

    /** Reads a model's file; a file that is missing or does not load is a broken table. */
    private static CatModel load(String name, String file, CatLoader.Source source, Span at) {
        try {
            Optional<String> text = source.read(file);
            if (text.isEmpty()) {
                throw new IllegalStateException(Diagnostic.error(at, "cannot find '" + file + "'").toString());
            }
            return CatLoader.load(name, file, text.get(), source);
        } catch (IOException e) {
            throw new IllegalStateException(Diagnostic.error(at, "cannot read '" + file + "': " + e.getMessage()).toString(), e);
        } catch (InputException e) {
            throw new IllegalStateException("model '" + name + "' does not load: " + e.getMessage(), e);
        }
    }

    /** A definition read once, on first use, by whichever thread asks first. */
    private static final class Definition implements Supplier<CatModel> {
        private final Supplier<CatModel> load;
        private volatile CatModel model;

        Definition(Supplier<CatModel> load) {
            this.load = load;
        }

        @Override
        public CatModel get() {
            CatModel m = model;
            if (m == null) {
                synchronized (this) {
                    m = model;
                    if (m == null) {
                        m = load.get();
                        model = m;
                    }
                }
            }
            return m;
        }
    }

    /** A model with no fast check: its definition, read when it first checks a graph. */
    private record DeferredModel(String name, Supplier<CatModel> definition) implements MemoryModel {
        @Override
        public boolean isConsistent(ExecutionGraph graph) {
            return definition.get().isConsistent(graph);
        }

        @Override
        public boolean isConsistentCoherent(ExecutionGraph graph) {
            return definition.get().isConsistentCoherent(graph);
        }
    }

    /** This table and {@code model} after its models (a user's model file, outside the strength order). */
    public ModelTable with(CatModel model) {
        List<Entry> more = new ArrayList<>(entries);
        more.removeIf(e -> e.name().equals(model.name()));
        more.add(new Entry(model.name(), () -> model, model));
        return new ModelTable(more, Math.min(ranked, more.size() - 1));
    }

    /**
     * Starts reading, on a thread of its own, the definitions of the models among {@code names}
     * that have no fast check, so that the file is parsed while the program is; a model that needs
     * its definition before then waits for it. A definition that fails to load here fails again,
     * with its message, where it is used.
     */
    public void prepare(List<String> names) {
        for (String name : names) {
            entry(name).filter(e -> e.check() instanceof DeferredModel).ifPresent(e -> {
                Thread t = new Thread(() -> {
                    try {
                        e.reference();
                    } catch (IllegalStateException ignored) {
                        // reported by the model's first use
                    }
                }, "lockstep-model-" + name);
                t.setDaemon(true);
                t.start();
            });
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The checks of the table's own models, strongest first. */
    public List<MemoryModel> ranked() {
        return entries.subList(0, ranked).stream().map(Entry::check).toList();
    }

    /** The names of the table's own models, strongest first. */
    public List<String> names() {
        return entries.subList(0, ranked).stream().map(Entry::name).toList();
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The check of the model called {@code name}. */
    public Optional<MemoryModel> byName(String name) {
        return entry(name).map(Entry::check);
    }

    /** The strongest model (sequential consistency): what the weaker ones are compared with. */
    public MemoryModel strongest() {
        return entries.get(0).check();
    }

    /** Whether {@code name} is the strongest model. */
    public boolean isStrongest(String name) {
        return entries.get(0).name().equals(name);
    }

    /** The position of {@code name} in the strength order (0 the strongest); models from files come last. */
    public int strength(String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(name)) {
                return i;
            }
        }
        return entries.size();
    }
}
