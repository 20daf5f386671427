package dev.lockstep.frontend.print;

import dev.lockstep.frontend.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;

/** Compares two syntax trees component by component, ignoring every {@link Span}. */
public final class AstEquality {

    private AstEquality() {}

    public static boolean equalIgnoringSpans(Object a, Object b) {
        return difference(a, b) == null;
    }

    /** Where the trees first differ (a path of record components and list indices), or null when equal. */
    public static String difference(Object a, Object b) {
        return difference(a, b, "");
    }

    private static String difference(Object a, Object b, String path) {
        if (a instanceof Span || b instanceof Span) {
            return (a == null || a instanceof Span) && (b == null || b instanceof Span) ? null : path;
        }
        if (a == null || b == null) {
            return a == b ? null : path + ": " + a + " vs " + b;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return path + ": " + la.size() + " vs " + lb.size() + " elements";
            }
            for (int i = 0; i < la.size(); i++) {
                String d = difference(la.get(i), lb.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.getClass().isRecord()) {
            if (a.getClass() != b.getClass()) {
                return path + ": " + a.getClass().getSimpleName() + " vs " + b.getClass().getSimpleName();
            }
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                String d = difference(read(component, a), read(component, b), path + "." + component.getName());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return Objects.equals(a, b) ? null : path + ": " + a + " vs " + b;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read record component " + component.getName(), e);
        }
    }
}
