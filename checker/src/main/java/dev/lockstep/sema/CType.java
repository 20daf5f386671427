package dev.lockstep.sema;

import dev.lockstep.frontend.ast.TypeRef;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A C type after resolution. Typedef names survive as {@link Alias} so that lock classes and
 * messages can say {@code spinlock_t}; every structural question goes through {@link #resolved()}.
 */
public sealed interface CType {

    /** This type with typedef names stripped. */
    default CType resolved() {
        return this;
    }

    /** The type as C spells it ({@code unsigned long}, {@code struct dev *}, {@code spinlock_t}). */
    String display();

    record Void() implements CType {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String display() {
            return "void";
        }
    }

    /** Integer types, {@code bool} (one bit) and enums; {@code name} is the spelling for messages. */
    record Int(int bits, Signedness signedness, String name) implements CType {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(bits, signedness, name);
        }

        public boolean isSigned() {
            return signedness == Signedness.SIGNED;
        }

        @Override
        public String display() {
            return name;
        }
    }

    record Pointer(CType target) implements CType {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(target);
        }

        @Override
        public String display() {
            String inner = target.display();
            return inner.endsWith("*") ? inner + "*" : inner + " *";
        }
    }

    /** {@code length} is -1 when unknown ({@code extern int a[];}). */
    record Array(CType element, long length) implements CType {
        @Override
        public String display() {
            String dim = "[" + (length < 0 ? "" : Long.toString(length)) + "]";
            String inner = element.display();
            int nested = element instanceof Array ? inner.indexOf('[') : -1;
            return nested < 0 ? inner + dim : inner.substring(0, nested) + dim + inner.substring(nested);
        }
    }

    /** A struct or union by tag; its members live in the {@link TypeTable}. */
    record Struct(String tag, TypeRef.StructKind kind) implements CType {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(tag, kind);
        }

        @Override
        public String display() {
            return (kind == TypeRef.StructKind.UNION ? "union " : "struct ") + tag;
        }
    }

    record Function(CType returns, List<CType> params, TypeRef.Variadic variadic) implements CType {
        @Override
        public String display() {
            return returns.display() + " ("
                    + params.stream().map(CType::display).collect(Collectors.joining(", ")) + ")";
        }
    }

    /** A typedef name standing for {@code target}. */
    record Alias(String name, CType target) implements CType {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(name, target);
        }

        @Override
        public CType resolved() {
            return target.resolved();
        }

        @Override
        public String display() {
            return name;
        }
    }

    /** Whether an integer type is signed. */
    enum Signedness { SIGNED, UNSIGNED }
}
