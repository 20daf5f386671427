package dev.lockstep.ir.lower;

import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.Diagnostics;
import dev.lockstep.sema.SemanticModel;
import dev.lockstep.sema.StructDef;
import dev.lockstep.sema.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays an initializer onto a type: positional and designated items ({@code .field}, {@code [i]}),
 * nested braces, a string for a {@code char} array, and brace elision for a scalar given to an
 * aggregate (it initializes the first scalar inside).
 */
final class InitShaper {

    private final SemanticModel model;
    private final Diagnostics diagnostics;

    InitShaper(SemanticModel model, Diagnostics diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
    }

    InitTree shape(CType type, Expr init) {
        if (init instanceof Expr.CompoundLiteral c) {
            return shape(type, c.init());
        }
        if (init instanceof Expr.InitList list) {
            if (!Types.isAggregate(type)) {
                return list.items().isEmpty() ? new InitTree.Leaf(new Expr.IntLit(0, "0", list.span()), type)
                        : shape(type, list.items().get(0).value());
            }
            return items(type, list);
        }
        if (init instanceof Expr.StringLit str && type.resolved() instanceof CType.Array) {
            Map<String, InitTree> chars = new LinkedHashMap<>();
            CType element = Types.pointee(type);
            for (int i = 0; i < str.text().length(); i++) {
                chars.put("[" + i + "]", new InitTree.Leaf(new Expr.CharLit(str.text().charAt(i), "", str.span()),
                        element));
            }
            return new InitTree.Node(chars, type);
        }
        if (Types.isAggregate(type) && !Types.isAggregate(model.typeOf(init))) {
            List<String> keys = keys(type);
            Map<String, InitTree> first = new LinkedHashMap<>();
            if (!keys.isEmpty()) {
                first.put(keys.get(0), shape(childType(type, keys.get(0)), init));
            }
            return new InitTree.Node(first, type);
        }
        return new InitTree.Leaf(init, type);
    }

    private InitTree items(CType type, Expr.InitList list) {
        List<String> keys = keys(type);
        Map<String, InitTree> children = new LinkedHashMap<>();
        int cursor = 0;
        boolean excess = false;
        for (Expr.InitItem item : list.items()) {
            String key;
            if (!item.designators().isEmpty()) {
                key = key(item.designators().get(0));
                int at = keys.indexOf(key);
                cursor = at < 0 ? cursor : at;
                if (at < 0 && !isOpenArrayKey(type, key)) {
                    diagnostics.error(item.span(), "no member named '" + key + "' in '" + type.display() + "'");
                    continue;
                }
            } else if (cursor < keys.size()) {
                key = keys.get(cursor);
            } else {
                if (!excess) {
                    diagnostics.note(item.span(), "excess elements in initializer ignored");
                    excess = true;
                }
                continue;
            }
            CType child = childType(type, key);
            Expr value = item.designators().size() > 1
                    ? new Expr.InitList(List.of(new Expr.InitItem(item.designators().subList(1,
                            item.designators().size()), item.value(), item.span())), item.span())
                    : item.value();
            InitTree shaped = shape(child, value);
            children.merge(key, shaped, InitShaper::merge);
            cursor++;
        }
        return new InitTree.Node(children, type);
    }

    private static InitTree merge(InitTree a, InitTree b) {
        if (a instanceof InitTree.Node na && b instanceof InitTree.Node nb) {
            Map<String, InitTree> m = new LinkedHashMap<>(na.children());
            nb.children().forEach((k, v) -> m.merge(k, v, InitShaper::merge));
            return new InitTree.Node(m, a.type());
        }
        return b;
    }

    private boolean isOpenArrayKey(CType type, String key) {
        return type.resolved() instanceof CType.Array && key.startsWith("[");
    }

    private String key(Expr.Designator d) {
        if (d instanceof Expr.Designator.Field f) {
            return f.name();
        }
        Expr.Designator.Element e = (Expr.Designator.Element) d;
        return "[" + model.constants().eval(e.index()).orElse(0) + "]";
    }

    /** Member names (anonymous members flattened) or element keys of an aggregate. */
    List<String> keys(CType type) {
        CType r = type.resolved();
        List<String> keys = new ArrayList<>();
        if (r instanceof CType.Array a) {
            for (long i = 0; i < a.length(); i++) {
                keys.add("[" + i + "]");
            }
        } else if (r instanceof CType.Struct s) {
            for (StructDef.Member m : model.types().struct(s.tag()).map(StructDef::members).orElse(List.of())) {
                if (m.name() != null) {
                    keys.add(m.name());
                } else {
                    keys.addAll(keys(m.type()));
                }
            }
        }
        return keys;
    }

    CType childType(CType type, String key) {
        if (key.startsWith("[")) {
            CType element = Types.pointee(type);
            return element == null ? Types.INT : element;
        }
        return model.types().memberPath(type, key).map(p -> p.get(p.size() - 1).type()).orElse(Types.INT);
    }
}
