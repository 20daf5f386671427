package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Expr;
import java.util.Locale;

/** The type C gives an integer literal from its value and suffix ({@code 1}, {@code 1UL}, {@code 0x80000000}). */
final class IntLiterals {

    private IntLiterals() {
    }

    static CType type(Expr.IntLit literal) {
        String text = literal.text() == null ? "" : literal.text().toLowerCase(Locale.ROOT);
        boolean unsignedSuffix = text.contains("u");
        boolean longSuffix = text.contains("l");
        long v = literal.value();
        boolean fitsInt = v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
        boolean fitsUint = v >= 0 && v <= 0xFFFF_FFFFL;
        boolean decimal = !text.startsWith("0") || text.equals("0") || text.startsWith("0u") || text.startsWith("0l");
        if (longSuffix || (!fitsInt && !(fitsUint && (unsignedSuffix || !decimal)))) {
            return unsignedSuffix || v < 0 ? Types.ULONG : Types.LONG;
        }
        return unsignedSuffix || !fitsInt ? Types.UINT : Types.INT;
    }
}
