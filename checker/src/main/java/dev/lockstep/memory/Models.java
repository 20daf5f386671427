package dev.lockstep.memory;

import java.util.List;
import java.util.Optional;

/** The memory models by name, in strength order: {@code sc}, {@code tso}, {@code arm}. */
public final class Models {

    private static final List<MemoryModel> ALL = List.of(new ScModel(), new TsoModel(), new ArmModel());

    private Models() {
    }

    /** Every model, strongest first. */
    public static List<MemoryModel> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(MemoryModel::name).toList();
    }

    /** The model called {@code name} ({@code sc}, {@code tso}, {@code arm}), if any. */
    public static Optional<MemoryModel> byName(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
