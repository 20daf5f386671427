package dev.lockstep.sema;

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

    private final Map<String, Set<String>> stored = new LinkedHashMap<>();

    void store(String structTag, String member, String function) {
        stored.computeIfAbsent(structTag + "." + member, k -> new LinkedHashSet<>()).add(function);
    }

    /** The functions ever stored in {@code member} of {@code struct tag}, in source order. */
    public List<String> of(String structTag, String member) {
        return new ArrayList<>(stored.getOrDefault(structTag + "." + member, Set.of()));
    }
}
