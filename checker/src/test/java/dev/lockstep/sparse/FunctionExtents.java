package dev.lockstep.sparse;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.TranslationUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of each function defined in a file (from lockstep's syntax tree), and the
 * {@code sparse-only: WHY} comment on a function's first line or the line above it, which
 * acknowledges a sparse warning in that function that lockstep rightly does not report.
 */
final class FunctionExtents {

    private static final Pattern SPARSE_ONLY = Pattern.compile("sparse-only:\\s*(.*?)\\s*(\\*/)?\\s*$");

    /** A function's first and last line and its acknowledgement, if any. */
    record Extent(String name, int first, int last, Optional<String> sparseOnly) {
        boolean contains(int line) {
            return first <= line && line <= last;
        }
    }

    private final Map<String, Extent> byName = new LinkedHashMap<>();

    /** The functions {@code unit} defines in {@code file} (as the front end names it), whose text is {@code lines}. */
    FunctionExtents(TranslationUnit unit, String file, List<String> lines) {
        for (Decl d : unit.decls()) {
            if (d instanceof Decl.Function f && f.body() != null && f.span().file().equals(file)) {
                int first = f.span().line();
                Optional<String> why = marker(lines, first).or(() -> marker(lines, first - 1));
                byName.put(f.name(), new Extent(f.name(), first, f.span().endLine(), why));
            }
        }
    }

    private static Optional<String> marker(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            return Optional.empty();
        }
        Matcher m = SPARSE_ONLY.matcher(lines.get(line - 1));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    Optional<Extent> named(String function) {
        return Optional.ofNullable(byName.get(function));
    }

    /** The function whose body holds {@code line}, if any. */
    Optional<Extent> at(int line) {
        return byName.values().stream().filter(e -> e.contains(line)).findFirst();
    }

    List<Extent> all() {
        return List.copyOf(byName.values());
    }
}
