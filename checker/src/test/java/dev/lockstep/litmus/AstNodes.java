package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** The nodes of one kind in a syntax tree, in source order: every record component and list element walked. */
final class AstNodes {

    private AstNodes() {}

    static <T> List<T> all(Object tree, Class<T> kind) {
        List<T> out = new ArrayList<>();
        walk(tree, kind, out);
        return out;
    }

    private static <T> void walk(Object node, Class<T> kind, List<T> out) {
        if (kind.isInstance(node)) {
            out.add(kind.cast(node));
        }
        if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, kind, out));
        } else if (node != null && node.getClass().isRecord() && !(node instanceof Span)) {
            for (RecordComponent component : node.getClass().getRecordComponents()) {
                walk(read(component, node), kind, out);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read record component " + component.getName(), e);
        }
    }
}
