package dev.lockstep.lsp;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.frontend.ast.TranslationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A checked file's text and the structure quick fixes edit: its lines, the functions defined in it,
 * and the statements of their bodies with whether each sits in a block (so a line can go before it)
 * or alone as the body of an {@code if}, loop or {@code else} (so it needs braces around it).
 */
final class SourceModel {

    /** A statement and whether its parent is a block. */
    record Placed(Stmt stmt, boolean inBlock) {}

    private final String file;
    private final List<String> lines;
    private final List<Decl.Function> functions = new ArrayList<>();

    SourceModel(TranslationUnit unit, String file, String text) {
        this.file = file;
        this.lines = List.of(text.split("\n", -1));
        for (Decl d : unit.decls()) {
            if (d instanceof Decl.Function f && f.body() != null && f.span().file().equals(file)) {
                functions.add(f);
            }
        }
    }

    /** Line {@code n} (1-based), or the empty string past the end. */
    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    /** The line of the file's last {@code #include}, or 0 when it has none (and reads the implicit prelude). */
    int lastInclude() {
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("#include")) {
                last = i + 1;
            }
        }
        return last;
    }

    /** Whether the file includes {@code header} itself ({@code <asm/barrier.h>}). */
    boolean includes(String header) {
        return lines.stream().anyMatch(l -> l.trim().replaceAll("\\s+", " ").equals("#include " + header));
    }

    /** The white space that begins line {@code n}. */
    String indent(int n) {
        String l = line(n);
        int i = 0;
        while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
            i++;
        }
        return l.substring(0, i);
    }

    /** The function defined in this file whose definition holds {@code line}. */
    Optional<Decl.Function> functionAt(int line) {
        return functions.stream().filter(f -> f.span().line() <= line && line <= f.span().endLine()).findFirst();
    }

    /** The innermost statement that begins on {@code line}, in the function there. */
    Optional<Placed> statementAt(int line) {
        Optional<Decl.Function> f = functionAt(line);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        List<Placed> found = new ArrayList<>();
        walk(f.get().body(), true, line, found);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** Collects, outermost first, the statements beginning on {@code line}. */
    private void walk(Stmt s, boolean inBlock, int line, List<Placed> found) {
        if (s == null || !inFile(s.span()) || line < s.span().line() || line > s.span().endLine()) {
            return;
        }
        if (s.span().line() == line && !(s instanceof Stmt.Block)) {
            found.add(new Placed(s, inBlock));
        }
        if (s instanceof Stmt.Block b) {
            b.items().forEach(item -> walk(item, true, line, found));
        } else if (s instanceof Stmt.If i) {
            walk(i.then(), false, line, found);
            walk(i.otherwise(), false, line, found);
        } else if (s instanceof Stmt.While w) {
            walk(w.body(), false, line, found);
        } else if (s instanceof Stmt.DoWhile d) {
            walk(d.body(), false, line, found);
        } else if (s instanceof Stmt.For f) {
            walk(f.body(), false, line, found);
        } else if (s instanceof Stmt.Switch w) {
            walk(w.body(), false, line, found);
        } else if (s instanceof Stmt.Case c) {
            walk(c.body(), true, line, found);
        } else if (s instanceof Stmt.Default d) {
            walk(d.body(), true, line, found);
        } else if (s instanceof Stmt.Labeled l) {
            walk(l.body(), true, line, found);
        }
    }

    private boolean inFile(Span span) {
        return span.file().equals(file);
    }
}
