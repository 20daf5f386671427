package dev.lockstep.explore.heap;

import dev.lockstep.ir.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The memory cells of one exploration: every object (global, heap, local, hidden) and every
 * member or element of it that the program addressed gets a dense id, which is also its location
 * id in the execution graph. A cell knows its object, its parent and its initial value.
 * Ids depend on the order in which cells are first addressed; everything printed uses names.
 */
public final class CellTable {

    /** What kind of object a cell belongs to. */
    public enum ObjectKind { GLOBAL, HEAP, LOCAL, PARAMETER, HIDDEN }

    private record Cell(int object, int parent, String step, String name, long initial) {}

    private record ObjectInfo(String name, ObjectKind kind, Program.Init init, int dims) {}

    private final List<Cell> cells = new ArrayList<>();
    private final List<ObjectInfo> objects = new ArrayList<>();
    private final List<Map<Object, Integer>> children = new ArrayList<>();
    private final Map<String, Integer> objectRoots = new HashMap<>();
    private long[] initialOverride = new long[64];
    private boolean[] overridden = new boolean[64];

    /** The root cell of object {@code key}, created with {@code init} on first use. */
    public int object(String key, String displayName, ObjectKind kind, Program.Init init, int dims) {
        Integer existing = objectRoots.get(key);
        if (existing != null) {
            return existing;
        }
        int obj = objects.size();
        objects.add(new ObjectInfo(displayName, kind, init, dims));
        int id = addCell(new Cell(obj, -1, "", displayName, scalar(init)));
        objectRoots.put(key, id);
        return id;
    }

    public boolean hasObject(String key) {
        return objectRoots.containsKey(key);
    }

    /** The cell of member {@code field} of the struct at {@code cell}. */
    public int field(int cell, String field) {
        Integer c = children.get(cell).get(field);
        if (c != null) {
            return c;
        }
        Cell parent = cells.get(cell);
        String name = parent.name + "." + field;
        return addCell(new Cell(parent.object, cell, field, name, scalar(memberInit(cell, field))));
    }

    /**
     * The cell {@code index} elements on: indexing a whole array or a member appends an index;
     * indexing an element of an array whose declared dimensions are all used moves along it; element
     * 0 of an object that is no array is the object itself ({@code q[0]}, {@code *(q + 0)} for
     * {@code q = &x}).
     */
    public int element(int cell, long index) {
        Cell c = cells.get(cell);
        if (index == 0 && c.parent < 0 && objects.get(c.object).dims == 0) {
            return cell;
        }
        int used = trailingIndices(cell);
        if (used > 0 && used >= objects.get(c.object).dims) {
            return cellAt(c.parent, parseIndex(c.step) + index);
        }
        return cellAt(cell, index);
    }

    /** Pointer arithmetic {@code p + delta} on an element pointer. */
    public int offset(int cell, long delta) {
        Cell c = cells.get(cell);
        if (c.step.startsWith("[")) {
            return cellAt(c.parent, parseIndex(c.step) + delta);
        }
        return delta == 0 ? cell : cellAt(cell, delta);
    }

    /** The object containing {@code cell} whose member path ends with {@code member} (container_of). */
    public int container(int cell, String member) {
        Cell c = cells.get(cell);
        return c.parent >= 0 && c.step.equals(member) ? c.parent : cell;
    }

    private int cellAt(int parent, long index) {
        Object key = index;
        Integer c = children.get(parent).get(key);
        if (c != null) {
            return c;
        }
        Cell p = cells.get(parent);
        String step = "[" + index + "]";
        return addCell(new Cell(p.object, parent, step, p.name + step, scalar(memberInit(parent, step))));
    }

    private int trailingIndices(int cell) {
        int n = 0;
        for (Cell c = cells.get(cell); c.parent >= 0 && c.step.startsWith("["); c = cells.get(c.parent)) {
            n++;
        }
        return n;
    }

    private static long parseIndex(String step) {
        return Long.parseLong(step.substring(1, step.length() - 1));
    }

    private Program.Init memberInit(int cell, String step) {
        Program.Init init = initOf(cell);
        if (init instanceof Program.Init.Aggregate a) {
            Program.Init m = a.members().get(step);
            return m != null ? m : new Program.Init.Zero();
        }
        return new Program.Init.Zero();
    }

    private Program.Init initOf(int cell) {
        Cell c = cells.get(cell);
        if (c.parent < 0) {
            Program.Init init = objects.get(c.object).init;
            return init != null ? init : new Program.Init.Zero();
        }
        return memberInit(c.parent, c.step);
    }

    /** The initial value of a cell: for a struct, its first member's number (that member is at the struct's address). */
    private long scalar(Program.Init init) {
        if (init instanceof Program.Init.Scalar s) {
            return s.value();
        }
        if (init instanceof Program.Init.Aggregate a && !a.members().isEmpty()) {
            Program.Init first = a.members().values().iterator().next();
            return first instanceof Program.Init.Scalar || first instanceof Program.Init.Aggregate ? scalar(first) : 0;
        }
        if (init instanceof Program.Init.Address a) {
            return addressResolver == null ? 0 : addressResolver.resolve(a);
        }
        return 0;
    }

    /** Resolves static address initialisers ({@code &x}, {@code fn}) to pointer values. */
    public interface AddressResolver {
        long resolve(Program.Init.Address address);
    }

    private AddressResolver addressResolver;

    public void setAddressResolver(AddressResolver resolver) {
        this.addressResolver = resolver;
    }

    private int addCell(Cell cell) {
        int id = cells.size();
        cells.add(cell);
        children.add(new HashMap<>(4));
        if (cell.parent >= 0) {
            children.get(cell.parent).put(cell.step.startsWith("[") ? (Object) parseIndex(cell.step) : cell.step, id);
        }
        return id;
    }

    private final Map<Integer, Integer> flagToObject = new HashMap<>();

    /** The hidden cell whose write marks object {@code object} freed. */
    public int freedFlag(int object) {
        String key = "freed:" + object;
        boolean fresh = !objectRoots.containsKey(key);
        int cell = object(key, "freed(" + objects.get(object).name + ")", ObjectKind.HIDDEN, null, 0);
        if (fresh) {
            flagToObject.put(cell, object);
        }
        return cell;
    }

    /** The object whose freed flag {@code cell} is, or -1. */
    public int flaggedObject(int cell) {
        return flagToObject.getOrDefault(cell, -1);
    }

    /** The name of object {@code object}. */
    public String objectName(int object) {
        return objects.get(object).name;
    }

    public int size() {
        return cells.size();
    }

    public String name(int cell) {
        return cells.get(cell).name;
    }

    public ObjectKind kind(int cell) {
        return objects.get(cells.get(cell).object).kind;
    }

    /** The object id of {@code cell} (for use-after-free). */
    public int objectOf(int cell) {
        return cells.get(cell).object;
    }

    /** The value {@code cell} holds before the explored contexts run (after {@code __init}). */
    public long initial(int cell) {
        if (cell < overridden.length && overridden[cell]) {
            return initialOverride[cell];
        }
        return cells.get(cell).initial;
    }

    /** Records a value written by {@code __init}, which becomes the cell's initial value. */
    public void setInitial(int cell, long value) {
        if (cell >= overridden.length) {
            int n = Math.max(cell + 1, overridden.length * 2);
            overridden = java.util.Arrays.copyOf(overridden, n);
            initialOverride = java.util.Arrays.copyOf(initialOverride, n);
        }
        overridden[cell] = true;
        initialOverride[cell] = value;
    }
}
