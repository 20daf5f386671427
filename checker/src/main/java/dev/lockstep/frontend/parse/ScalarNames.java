package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import java.util.List;

/** The canonical spelling of a run of scalar type keywords; none at all is C's implicit int. */
final class ScalarNames {

    private ScalarNames() {}

    static String canonical(List<String> keywords, Span at) throws InputException {
        int longs = 0;
        boolean unsigned = false;
        boolean signed = false;
        String base = null;
        for (String k : keywords) {
            switch (k) {
                case "long" -> longs++;
                case "unsigned" -> unsigned = true;
                case "short", "char", "int", "void", "float", "double", "_Bool" -> {
                    if (base != null && !(base.equals("int") || k.equals("int"))) {
                        throw new InputException(Diagnostic.error(at, "two or more data types in declaration specifiers"));
                    }
                    if (base == null || base.equals("int")) {
                        base = k;
                    }
                }
                default -> signed = true;
            }
        }
        if (unsigned && signed || longs > 2) {
            throw new InputException(Diagnostic.error(at, "invalid combination of type specifiers"));
        }
        String prefix = unsigned ? "unsigned " : "";
        if (base == null || base.equals("int")) {
            return prefix + (longs == 2 ? "long long" : longs == 1 ? "long" : "int");
        }
        return switch (base) {
            case "char" -> (signed ? "signed " : prefix) + "char";
            case "short" -> prefix + "short";
            case "double" -> longs > 0 ? "long double" : "double";
            default -> {
                if (longs > 0 || unsigned || signed) {
                    throw new InputException(Diagnostic.error(at, "invalid combination of type specifiers"));
                }
                yield base;
            }
        };
    }
}
