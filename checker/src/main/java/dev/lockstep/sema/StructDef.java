package dev.lockstep.sema;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.List;
import java.util.Optional;

/** A struct or union definition: its members in declaration order. */
public record StructDef(String tag, TypeRef.StructKind kind, List<Member> members, Span span) {

    /** One member; {@code name} is null for an anonymous struct or union member. */
    public record Member(String name, CType type, Span span) {}

    public CType.Struct type() {
        return new CType.Struct(tag, kind);
    }

    public Optional<Member> member(String name) {
        return members.stream().filter(m -> name.equals(m.name())).findFirst();
    }
}
