package dev.lockstep.ir.lower;

import dev.lockstep.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each label of a function body, the scopes that enclose it (the blocks and {@code for}
 * statements, outermost first): a {@code goto} runs the cleanups of the scopes it leaves, and a
 * forward {@code goto} needs them before the label is lowered.
 */
final class LabelScopes {

    private final Map<String, List<Stmt>> scopes = new HashMap<>();

    LabelScopes(Stmt body) {
        walk(body, new ArrayList<>());
    }

    /** The scopes around {@code label}, outermost first (empty for an unknown label). */
    List<Stmt> of(String label) {
        return scopes.getOrDefault(label, List.of());
    }

    private void walk(Stmt st, List<Stmt> enclosing) {
        if (st instanceof Stmt.Block b) {
            enclosing.add(b);
            b.items().forEach(i -> walk(i, enclosing));
            enclosing.remove(enclosing.size() - 1);
        } else if (st instanceof Stmt.For f) {
            enclosing.add(f);
            walk(f.body(), enclosing);
            enclosing.remove(enclosing.size() - 1);
        } else if (st instanceof Stmt.Labeled l) {
            scopes.putIfAbsent(l.label(), List.copyOf(enclosing));
            walk(l.body(), enclosing);
        } else if (st instanceof Stmt.If i) {
            walk(i.then(), enclosing);
            if (i.otherwise() != null) {
                walk(i.otherwise(), enclosing);
            }
        } else if (st instanceof Stmt.While w) {
            walk(w.body(), enclosing);
        } else if (st instanceof Stmt.DoWhile d) {
            walk(d.body(), enclosing);
        } else if (st instanceof Stmt.Switch sw) {
            walk(sw.body(), enclosing);
        } else if (st instanceof Stmt.Case c) {
            walk(c.body(), enclosing);
        } else if (st instanceof Stmt.Default d) {
            walk(d.body(), enclosing);
        }
    }
}
