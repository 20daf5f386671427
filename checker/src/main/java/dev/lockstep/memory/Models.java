package dev.lockstep.memory;

import dev.lockstep.frontend.InputException;
import dev.lockstep.memory.cat.CatLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The bundled {@link ModelTable}: {@code models/models.txt} on the class path, with the
 * hand-written checks {@link ScModel}, {@link TsoModel} and {@link ArmModel} for the models of
 * their names. Loaded once, on first use; it never changes.
 */
public final class Models {

    /** The table file, among the bundled models. */
    public static final String TABLE = "models.txt";

    private Models() {
    }

    private static final class Bundled {
        static final ModelTable TABLE = load();

        private static ModelTable load() {
            try {
                CatLoader.Source source = CatLoader.bundled();
                String text = source.read(Models.TABLE).orElseThrow(
                        () -> new IllegalStateException("the bundled models are missing: " + CatLoader.BUNDLED + Models.TABLE));
                return ModelTable.read(CatLoader.BUNDLED + Models.TABLE, text, source,
                        List.of(new ScModel(), new TsoModel(), new ArmModel()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InputException e) {
                throw new IllegalStateException("a bundled model is broken: " + e.getMessage(), e);
            }
        }
    }

    public static ModelTable table() {
        return Bundled.TABLE;
    }

    /** Every model, strongest first. */
    public static List<MemoryModel> all() {
        return table().ranked();
    }

    public static List<String> names() {
        return table().names();
    }

    /** The model called {@code name}, if any. */
    public static Optional<MemoryModel> byName(String name) {
        return table().byName(name);
    }
}
