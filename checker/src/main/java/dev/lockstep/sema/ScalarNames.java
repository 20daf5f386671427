package dev.lockstep.sema;

import dev.lockstep.sema.CType.Signedness;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * C's scalar keyword sequences ({@code unsigned long int}, {@code long unsigned}) and the kernel's
 * fixed-width typedefs. The stdlib declares the kernel names as typedefs; the table here serves
 * only when a program uses one without that declaration.
 */
final class ScalarNames {

    private static final Map<String, CType> KERNEL = Map.ofEntries(
            Map.entry("u8", new CType.Int(8, Signedness.UNSIGNED, "u8")),
            Map.entry("u16", new CType.Int(16, Signedness.UNSIGNED, "u16")),
            Map.entry("u32", new CType.Int(32, Signedness.UNSIGNED, "u32")),
            Map.entry("u64", new CType.Int(64, Signedness.UNSIGNED, "u64")),
            Map.entry("s8", new CType.Int(8, Signedness.SIGNED, "s8")),
            Map.entry("s16", new CType.Int(16, Signedness.SIGNED, "s16")),
            Map.entry("s32", new CType.Int(32, Signedness.SIGNED, "s32")),
            Map.entry("s64", new CType.Int(64, Signedness.SIGNED, "s64")),
            Map.entry("size_t", new CType.Int(64, Signedness.UNSIGNED, "size_t")),
            Map.entry("ssize_t", new CType.Int(64, Signedness.SIGNED, "ssize_t")),
            Map.entry("uintptr_t", new CType.Int(64, Signedness.UNSIGNED, "uintptr_t")),
            Map.entry("gfp_t", new CType.Int(32, Signedness.UNSIGNED, "gfp_t")),
            Map.entry("bool", Types.BOOL),
            Map.entry("_Bool", Types.BOOL));

    private ScalarNames() {
    }

    /** The type a keyword sequence or kernel scalar name stands for, if it is one. */
    static Optional<CType> lookup(String spelling) {
        String name = spelling.trim().replaceAll("\\s+", " ");
        if (KERNEL.containsKey(name)) {
            return Optional.of(KERNEL.get(name));
        }
        List<String> words = Arrays.asList(name.split(" "));
        if (!words.stream().allMatch(ScalarNames::isKeyword)) {
            return Optional.empty();
        }
        if (words.contains("void")) {
            return Optional.of(Types.VOID);
        }
        if (words.contains("_Bool") || words.contains("bool")) {
            return Optional.of(Types.BOOL);
        }
        Signedness sign = words.contains("unsigned") ? Signedness.UNSIGNED : Signedness.SIGNED;
        String prefix = sign == Signedness.UNSIGNED ? "unsigned " : "";
        long longs = words.stream().filter("long"::equals).count();
        if (words.contains("char")) {
            return Optional.of(new CType.Int(8, sign, prefix + "char"));
        }
        if (words.contains("short")) {
            return Optional.of(new CType.Int(16, sign, prefix + "short"));
        }
        if (longs > 0) {
            return Optional.of(new CType.Int(64, sign, prefix + (longs > 1 ? "long long" : "long")));
        }
        return Optional.of(sign == Signedness.UNSIGNED ? Types.UINT : Types.INT);
    }

    private static boolean isKeyword(String word) {
        return switch (word) {
            case "void", "char", "short", "int", "long", "signed", "unsigned", "_Bool", "bool", "__signed__" -> true;
            default -> false;
        };
    }
}
