package dev.lockstep.sema;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.List;
import java.util.Optional;

/** A struct or union definition: its members in declaration order. */
public record StructDef(String tag, TypeRef.StructKind kind, List<Member> members, Span span) {

    /**
     * One member; {@code name} is null for an anonymous struct or union member. {@code context} is
     * the context annotation written after the member's declarator ({@code __process} in a stdlib
     * header's ops table: a function stored in the member runs in that context), or null.
     */
    public record Member(String name, CType type, Annotation context, Span span) {}

    public CType.Struct type() {
        return new CType.Struct(tag, kind);
    }

    public Optional<Member> member(String name) {
        return members.stream().filter(m -> name.equals(m.name())).findFirst();
    }
}
