package dev.lockstep.check;

import dev.lockstep.frontend.InputException;
import dev.lockstep.memory.ModelTable;
import dev.lockstep.memory.Models;
import dev.lockstep.memory.cat.CatLoader;
import dev.lockstep.memory.cat.CatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The memory models a user names: a model of the bundled table ({@code sc}, {@code tso}, {@code arm},
 * {@code lkmm}), {@code all} of them, or a {@code .cat} file of the user's (named by its file name,
 * after the table's models), each once, strongest first.
 */
public final class ModelNames {

    /** The selected names, and the table that defines them (the bundled one, with any file models added). */
    public record Selection(List<String> names, ModelTable table) {}

    private ModelNames() {}

    /** The bundled models' names, strongest first. */
    public static List<String> all() {
        return Models.names();
    }

    /**
     * The models {@code names} select; an unknown name, a missing or broken model file is an
     * {@link IllegalArgumentException} whose message says what was expected.
     */
    public static Selection select(List<String> names) {
        ModelTable table = Models.table();
        List<String> selected = new ArrayList<>();
        for (String m : names) {
            String name = m.trim().toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                table.names().stream().filter(x -> !selected.contains(x)).forEach(selected::add);
            } else if (table.names().contains(name)) {
                if (!selected.contains(name)) {
                    selected.add(name);
                }
            } else if (m.trim().endsWith(".cat")) {
                CatModel file = modelFile(Path.of(m.trim()));
                table = table.with(file);
                selected.remove(file.name());
                selected.add(file.name());
            } else {
                List<String> known = new ArrayList<>(table.names());
                known.add("all");
                throw new IllegalArgumentException("unknown model '" + m + "' (expected " + String.join(", ", known)
                        + ", or a .cat file)" + Suggestion.hint(name, known));
            }
        }
        ModelTable chosen = table;
        selected.sort((a, b) -> Integer.compare(chosen.strength(a), chosen.strength(b)));
        return new Selection(List.copyOf(selected), chosen);
    }

    /** A model the user wrote, named by its file name. */
    private static CatModel modelFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no model file '" + file + "'");
        }
        try {
            return CatLoader.fromFile(file.getFileName().toString(), file);
        } catch (InputException e) {
            throw new IllegalArgumentException(e.diagnostics().get(0).toString(), e);
        }
    }
}
