package dev.lockstep.analysis.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A symbolic address, as precise as the code lets it be known statically: a global, a parameter of
 * the function, the contents of another location (a pointer loaded from it), or unknown; followed
 * by a path of member names. {@code &d->lock} with {@code d} the first parameter is
 * {@code Loc(Param(0, d), [lock])}; after the call {@code f(&x)} it becomes {@code x.lock}.
 */
public record Loc(Root root, List<String> path) {
    /** Written out, as equals is: the generated ones bootstrap method handles when first called. */
    @Override
    public int hashCode() {
        return Objects.hash(root, path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Loc other
                && Objects.equals(root, other.root)
                && Objects.equals(path, other.path);
    }

    public Loc {
        path = List.copyOf(path);
    }

    /** Where a symbolic address starts. */
    public sealed interface Root {
        /** A global object. */
        record Global(String name) implements Root {
            /** Written out, as equals is: the generated ones bootstrap method handles when first called. */
            @Override
            public int hashCode() {
                return Objects.hash(name);
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Global other && Objects.equals(name, other.name);
            }
        }

        /** The value of a parameter of the function (a pointer). */
        record Param(int index, String name) implements Root {}

        /** The pointer stored at another location. */
        record Deref(Loc source) implements Root {}

        /** A fresh object (heap or local) made at this allocation site. */
        record Fresh(String site) implements Root {}

        /** Nothing is known. */
        record Unknown() implements Root {}
    }

    public static final Loc UNKNOWN = new Loc(new Root.Unknown(), List.of());

    public static Loc global(String name) {
        return new Loc(new Root.Global(name), List.of());
    }

    public static Loc param(int index, String name) {
        return new Loc(new Root.Param(index, name), List.of());
    }

    public boolean known() {
        return knownRoot(root);
    }

    private static boolean knownRoot(Root r) {
        if (r instanceof Root.Unknown) {
            return false;
        }
        if (r instanceof Root.Deref d) {
            return d.source().known();
        }
        return true;
    }

    /** Whether the address no longer depends on the function's parameters (a global, or through globals). */
    public boolean concrete() {
        if (root instanceof Root.Deref d) {
            return d.source().concrete();
        }
        return root instanceof Root.Global;
    }

    /**
     * This address plus member {@code name}. A member step right after {@link #container} of the same
     * member cancels it: {@code &container_of(p, T, m)->m} is {@code p}; and a container step right
     * after the member cancels too: {@code container_of(&x->m, T, m)} is {@code x}.
     */
    public Loc field(String name) {
        List<String> p = new ArrayList<>(path);
        if (!p.isEmpty()) {
            String last = p.get(p.size() - 1);
            if (last.equals(container(name)) || name.equals(container(last))) {
                p.remove(p.size() - 1);
                return new Loc(root, p);
            }
        }
        p.add(name);
        return new Loc(root, p);
    }

    /** The path step from a member to the object containing it ({@code container_of}). */
    public static String container(String member) {
        return "<" + member;
    }

    /** The pointer stored here, as an address. */
    public Loc deref() {
        return known() ? new Loc(new Root.Deref(this), List.of()) : UNKNOWN;
    }

    /** Whether {@code other} lies inside the object this address names (same root, this path a prefix). */
    public boolean contains(Loc other) {
        return known() && root.equals(other.root) && other.path.size() >= path.size()
                && other.path.subList(0, path.size()).equals(path);
    }

    /** This address seen from a call site: each parameter replaced by the caller's argument. */
    public Loc substitute(List<Loc> arguments) {
        Loc base;
        if (root instanceof Root.Param p) {
            base = p.index() < arguments.size() ? arguments.get(p.index()) : UNKNOWN;
        } else if (root instanceof Root.Deref d) {
            base = d.source().substitute(arguments).deref();
        } else {
            base = new Loc(root, List.of());
        }
        if (!base.known()) {
            return UNKNOWN;
        }
        List<String> p = new ArrayList<>(base.path);
        p.addAll(path);
        return new Loc(base.root, p);
    }

    /** How C would write it: {@code dev_lock}, {@code x.lock}, {@code d->lock}, {@code gp->lock}. */
    public String display() {
        StringBuilder sb = new StringBuilder();
        String sep = ".";
        if (root instanceof Root.Global g) {
            sb.append(g.name());
        } else if (root instanceof Root.Param p) {
            sb.append(p.name());
            sep = "->";
        } else if (root instanceof Root.Deref d) {
            sb.append(d.source().display());
            sep = "->";
        } else if (root instanceof Root.Fresh f) {
            sb.append(f.site());
        } else {
            sb.append('?');
        }
        for (String f : path) {
            if (f.startsWith("<")) {
                sb.insert(0, "container_of(").append(", ").append(f.substring(1)).append(')');
                sep = "->";
                continue;
            }
            sb.append(sep).append(f);
            sep = ".";
        }
        return sb.toString();
    }
}
