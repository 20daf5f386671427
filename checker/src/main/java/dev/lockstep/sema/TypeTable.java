package dev.lockstep.sema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The struct and union definitions and typedefs of a program, and the layout questions asked of
 * them (member lookup, sizes for {@code sizeof}, offsets for {@code offsetof}). Filled while the
 * declarations are resolved, then only read.
 */
public final class TypeTable {

    private final Map<String, StructDef> structs = new LinkedHashMap<>();
    private final Map<String, CType> typedefs = new LinkedHashMap<>();

    void defineStruct(StructDef def) {
        structs.put(def.tag(), def);
    }

    void defineTypedef(String name, CType type) {
        typedefs.put(name, type);
    }

    public Optional<StructDef> struct(String tag) {
        return Optional.ofNullable(structs.get(tag));
    }

    public Optional<CType> typedef(String name) {
        return Optional.ofNullable(typedefs.get(name));
    }

    public Map<String, StructDef> structs() {
        return java.util.Collections.unmodifiableMap(structs);
    }

    /**
     * The path of member names that reaches {@code name} in {@code type}, looking into anonymous
     * members as C11 does ({@code [name]} for a direct member); empty when there is none.
     */
    public Optional<List<StructDef.Member>> memberPath(CType type, String name) {
        if (!(type.resolved() instanceof CType.Struct s)) {
            return Optional.empty();
        }
        StructDef def = structs.get(s.tag());
        if (def == null) {
            return Optional.empty();
        }
        for (StructDef.Member m : def.members()) {
            if (name.equals(m.name())) {
                return Optional.of(List.of(m));
            }
            if (m.name() == null) {
                Optional<List<StructDef.Member>> inner = memberPath(m.type(), name);
                if (inner.isPresent()) {
                    java.util.List<StructDef.Member> path = new java.util.ArrayList<>();
                    path.add(m);
                    path.addAll(inner.get());
                    return Optional.of(List.copyOf(path));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code sizeof(type)} with natural alignment (pointers and longs of 8 bytes). */
    public long sizeOf(CType type) {
        CType r = type.resolved();
        if (r instanceof CType.Int i) {
            return Math.max(1, i.bits() / 8);
        }
        if (r instanceof CType.Pointer || r instanceof CType.Function) {
            return 8;
        }
        if (r instanceof CType.Array a) {
            return Math.max(0, a.length()) * sizeOf(a.element());
        }
        if (r instanceof CType.Struct s) {
            return structLayout(s.tag()).size();
        }
        return 1;
    }

    public long alignOf(CType type) {
        CType r = type.resolved();
        if (r instanceof CType.Array a) {
            return alignOf(a.element());
        }
        if (r instanceof CType.Struct s) {
            return structLayout(s.tag()).align();
        }
        return Math.max(1, Math.min(8, sizeOf(r)));
    }

    /** The byte offset of {@code member} in {@code type}, or -1 when it has none. */
    public long offsetOf(CType type, String member) {
        if (!(type.resolved() instanceof CType.Struct s) || !structs.containsKey(s.tag())) {
            return -1;
        }
        return structLayout(s.tag()).offsets().getOrDefault(member, -1L);
    }

    private record Layout(long size, long align, Map<String, Long> offsets) {}

    private Layout structLayout(String tag) {
        StructDef def = structs.get(tag);
        if (def == null) {
            return new Layout(0, 1, Map.of());
        }
        boolean union = def.kind() == dev.lockstep.frontend.ast.TypeRef.StructKind.UNION;
        long offset = 0;
        long size = 0;
        long align = 1;
        Map<String, Long> offsets = new LinkedHashMap<>();
        for (StructDef.Member m : def.members()) {
            long a = alignOf(m.type());
            long here = union ? 0 : (offset + a - 1) / a * a;
            if (m.name() != null) {
                offsets.put(m.name(), here);
            } else if (m.type().resolved() instanceof CType.Struct inner && structs.containsKey(inner.tag())) {
                structLayout(inner.tag()).offsets().forEach((k, v) -> offsets.putIfAbsent(k, here + v));
            }
            long end = here + sizeOf(m.type());
            offset = union ? 0 : end;
            size = Math.max(size, end);
            align = Math.max(align, a);
        }
        return new Layout((size + align - 1) / align * align, align, offsets);
    }
}
