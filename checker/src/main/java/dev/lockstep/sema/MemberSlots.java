package dev.lockstep.sema;

import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The functions stored in each function-pointer member of a struct, by assignment
 * ({@code ks->lock = ks8851_lock_spi;}) or by a global's initializer ({@code .ndo_open = f}):
 * the targets a call through that member can have. A member is named by the struct type through
 * which the code reaches it and the member's name.
 */
public final class MemberSlots {

    /** An assignment of a function to a member ({@code dev->open = my_open;}) in a function body. */
    public record Assignment(String structTag, String member, String function, Span span) {}

    private final Map<String, Set<String>> stored = new LinkedHashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();

    void store(String structTag, String member, String function) {
        stored.computeIfAbsent(structTag + "." + member, k -> new LinkedHashSet<>()).add(function);
    }

    void assign(String structTag, String member, String function, Span span) {
        store(structTag, member, function);
        assignments.add(new Assignment(structTag, member, function, span));
    }

    /** Every assignment of a function to a member, in source order. */
    List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    /** The functions ever stored in {@code member} of {@code struct tag}, in source order. */
    public List<String> of(String structTag, String member) {
        return new ArrayList<>(stored.getOrDefault(structTag + "." + member, Set.of()));
    }
}
