package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.List;

/**
 * What a run of declaration specifiers says: storage classes as written, whether it is a typedef,
 * the base type (qualifiers applied), the annotations, and the struct/union/enum definitions it
 * contains, which become declarations of their own before the declared names.
 */
record Specifiers(List<String> storage, Kind kind, TypeRef base, List<Annotation> annotations, List<Decl> hoisted,
        TypeRef.Struct forwardStruct) {

    /** Whether the specifiers start a typedef. */
    enum Kind { OBJECT, TYPEDEF }
}
