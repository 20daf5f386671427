package dev.lockstep.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The memory models a user can name ({@code sc}, {@code tso}, {@code arm}, or {@code all}), in strength order. */
public final class ModelNames {

    public static final List<String> ALL = List.of("sc", "tso", "arm");

    private ModelNames() {}

    /** The models {@code names} select, each once, strongest first; an unknown name is an {@link IllegalArgumentException}. */
    public static List<String> select(List<String> names) {
        List<String> selected = new ArrayList<>();
        for (String m : names) {
            String name = m.trim().toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                ALL.stream().filter(x -> !selected.contains(x)).forEach(selected::add);
            } else if (ALL.contains(name)) {
                if (!selected.contains(name)) {
                    selected.add(name);
                }
            } else {
                throw new IllegalArgumentException("unknown model '" + m + "' (expected sc, tso, arm or all)");
            }
        }
        selected.sort((a, b) -> Integer.compare(ALL.indexOf(a), ALL.indexOf(b)));
        return List.copyOf(selected);
    }
}
