package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.ir.Insn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The execution graph the search builds, mutated in place and restored as it backtracks. Each
 * CPU's program order is an array of slots (struct of arrays, no object per event); an event is
 * named by a {@link Ref} (its CPU and slot), which survives every restriction. A slot holds a read,
 * a write, a fence, an interrupt choice, the unused write slot of a read-modify-write that did not
 * write ({@link #NONE}), or nothing ({@link #HOLE}: an event a backward revisit removed while a
 * later event of the same CPU that does not depend on it stayed). Each location keeps its writes in
 * coherence order (the initial write is implicitly first) and its reads.
 */
public final class SearchGraph {
    public static final byte HOLE = 0;
    public static final byte READ = 1;
    public static final byte WRITE = 2;
    public static final byte FENCE = 3;
    public static final byte CHOICE = 4;
    public static final byte NONE = 5;

    static final byte RMW_READ = 1;
    static final byte RMW_WRITE = 2;
    static final byte SEQ_READ = 4;

    private final Slots[] cpus;
    private final ArrayList<Location> locations = new ArrayList<>();
    private long nextStamp = 1;
    /** Whether any event so far was a plain access of the program, or part of a {@code kfree()}. */
    private boolean placedPlainAccess;
    private boolean placedFree;

    /** One location: its initial value, its writes in coherence order and its reads, as refs. */
    private static final class Location {
        final long initial;
        final IntList co = new IntList();
        final IntList reads = new IntList();
        /** The first read of the initial write (see {@link #firstReader}). */
        int initReaders = Ref.NONE;

        Location(long initial) {
            this.initial = initial;
        }
    }

    /** The slots of one CPU, as parallel arrays. */
    private static final class Slots {
        int length;
        byte[] kind = new byte[16];
        byte[] flags = new byte[16];
        int[] location = new int[16];
        long[] value = new long[16];
        int[] rf = new int[16];
        /** A write's index in its location's coherence order (kept by every change of the order). */
        int[] coPos = new int[16];
        /** The reads of each write as a list threaded through the slots: a write's first read, a read's next and previous. */
        int[] firstReader = new int[16];
        int[] nextReader = new int[16];
        int[] prevReader = new int[16];
        long[] stamp = new long[16];
        long[] place = new long[16];
        MemOp[] op = new MemOp[16];
        String[] context = new String[16];
        Object[] held = new Object[16];
        int[][] deps = new int[16][];

        void ensure(int n) {
            if (n <= kind.length) {
                return;
            }
            int c = Math.max(n, kind.length * 2);
            kind = Arrays.copyOf(kind, c);
            flags = Arrays.copyOf(flags, c);
            location = Arrays.copyOf(location, c);
            value = Arrays.copyOf(value, c);
            rf = Arrays.copyOf(rf, c);
            coPos = Arrays.copyOf(coPos, c);
            firstReader = Arrays.copyOf(firstReader, c);
            nextReader = Arrays.copyOf(nextReader, c);
            prevReader = Arrays.copyOf(prevReader, c);
            stamp = Arrays.copyOf(stamp, c);
            place = Arrays.copyOf(place, c);
            op = Arrays.copyOf(op, c);
            context = Arrays.copyOf(context, c);
            held = Arrays.copyOf(held, c);
            deps = Arrays.copyOf(deps, c);
        }
    }

    /** Everything one slot holds, for restoring it after a revisit. */
    record SlotCopy(int ref, byte kind, byte flags, int location, long value, int rf, int coPos, long stamp, long place,
            MemOp op, String context, Object held, int[] deps) {}

    public SearchGraph(int cpuCount) {
        cpus = new Slots[cpuCount];
        for (int c = 0; c < cpuCount; c++) {
            cpus[c] = new Slots();
        }
    }

    public int cpuCount() {
        return cpus.length;
    }

    /** Slots of {@code cpu} in use (the last one is never a hole). */
    public int length(int cpu) {
        return cpus[cpu].length;
    }

    // ---- locations ----

    public int locationCount() {
        return locations.size();
    }

    /** Declares locations up to {@code location} with the initial values {@code initial} gives. */
    /** Whether {@code location} and every location below it are declared. */
    boolean declared(int location) {
        return location < locations.size();
    }

    void declare(int location, java.util.function.IntToLongFunction initial) {
        while (locations.size() <= location) {
            locations.add(new Location(initial.applyAsLong(locations.size())));
        }
    }

    public long initial(int location) {
        return locations.get(location).initial;
    }

    /** Writes of {@code location} in coherence order, the initial write left out. */
    public int coSize(int location) {
        return locations.get(location).co.size();
    }

    public int co(int location, int index) {
        return locations.get(location).co.get(index);
    }

    /** Position of {@code write} in its location's coherence order: -1 for the initial write. */
    public int coIndex(int write) {
        return Ref.isInit(write) ? -1 : cpus[Ref.cpu(write)].coPos[Ref.pos(write)];
    }

    public int readCount(int location) {
        return locations.get(location).reads.size();
    }

    public int read(int location, int index) {
        return locations.get(location).reads.get(index);
    }

    /** The coherence-last write of {@code location} (its initial write when none). */
    public int lastWrite(int location) {
        IntList co = locations.get(location).co;
        return co.size() == 0 ? Ref.init(location) : co.get(co.size() - 1);
    }

    void insertCo(int write, int index) {
        IntList co = locations.get(location(write)).co;
        co.insert(index, write);
        renumber(co, index, co.size());
    }

    void removeCo(int write) {
        IntList co = locations.get(location(write)).co;
        int index = coIndex(write);
        co.removeAt(index);
        renumber(co, index, co.size());
    }

    void moveCo(int write, int index) {
        IntList co = locations.get(location(write)).co;
        int from = coIndex(write);
        co.removeAt(from);
        co.insert(index, write);
        renumber(co, Math.min(from, index), Math.max(from, index) + 1);
    }

    /** Records the coherence index of the writes at indices {@code from} to {@code to} of {@code co}. */
    private void renumber(IntList co, int from, int to) {
        for (int i = from; i < to && i < co.size(); i++) {
            int w = co.get(i);
            cpus[Ref.cpu(w)].coPos[Ref.pos(w)] = i;
        }
    }

    /** False when no event placed so far in this search was a plain access of the program: none can be now. */
    boolean mayHavePlainAccess() {
        return placedPlainAccess;
    }

    /** False when no event placed so far in this search belonged to a {@code kfree()}. */
    boolean mayHaveFree() {
        return placedFree;
    }

    // ---- slots ----

    public byte kind(int ref) {
        return Ref.isInit(ref) ? WRITE : cpus[Ref.cpu(ref)].kind[Ref.pos(ref)];
    }

    public boolean isLive(int ref) {
        return Ref.isInit(ref) || Ref.pos(ref) < cpus[Ref.cpu(ref)].length && kind(ref) != HOLE;
    }

    public int location(int ref) {
        return Ref.isInit(ref) ? Ref.initLocation(ref) : cpus[Ref.cpu(ref)].location[Ref.pos(ref)];
    }

    /** The value a write wrote, a read read, or a choice's option. */
    public long value(int ref) {
        return Ref.isInit(ref) ? initial(Ref.initLocation(ref)) : cpus[Ref.cpu(ref)].value[Ref.pos(ref)];
    }

    public int rf(int read) {
        return cpus[Ref.cpu(read)].rf[Ref.pos(read)];
    }

    /** The first of the reads that read {@code write} ({@link Ref#NONE} when none), in no particular order. */
    public int firstReader(int write) {
        return Ref.isInit(write) ? locations.get(Ref.initLocation(write)).initReaders
                : cpus[Ref.cpu(write)].firstReader[Ref.pos(write)];
    }

    /** The read after {@code read} among those that read the same write, or {@link Ref#NONE}. */
    public int nextReader(int read) {
        return cpus[Ref.cpu(read)].nextReader[Ref.pos(read)];
    }

    private void setFirstReader(int write, int read) {
        if (Ref.isInit(write)) {
            locations.get(Ref.initLocation(write)).initReaders = read;
        } else {
            cpus[Ref.cpu(write)].firstReader[Ref.pos(write)] = read;
        }
    }

    private void linkReader(int read, int write) {
        int next = firstReader(write);
        cpus[Ref.cpu(read)].prevReader[Ref.pos(read)] = Ref.NONE;
        cpus[Ref.cpu(read)].nextReader[Ref.pos(read)] = next;
        if (next != Ref.NONE) {
            cpus[Ref.cpu(next)].prevReader[Ref.pos(next)] = read;
        }
        setFirstReader(write, read);
    }

    private void unlinkReader(int read) {
        int prev = cpus[Ref.cpu(read)].prevReader[Ref.pos(read)];
        int next = nextReader(read);
        if (prev == Ref.NONE) {
            setFirstReader(rf(read), next);
        } else {
            cpus[Ref.cpu(prev)].nextReader[Ref.pos(prev)] = next;
        }
        if (next != Ref.NONE) {
            cpus[Ref.cpu(next)].prevReader[Ref.pos(next)] = prev;
        }
    }

    /** Insertion stamp (the order TruSt's maximality refers to); 0 for initial writes. */
    public long stamp(int ref) {
        return Ref.isInit(ref) ? 0 : cpus[Ref.cpu(ref)].stamp[Ref.pos(ref)];
    }

    /**
     * The stamp at which maximality places the event: its own, except for a read a backward revisit
     * made read a later write, which keeps the place it had before the revisit.
     */
    long place(int ref) {
        return cpus[Ref.cpu(ref)].place[Ref.pos(ref)];
    }

    public boolean isRmwRead(int ref) {
        return !Ref.isInit(ref) && (cpus[Ref.cpu(ref)].flags[Ref.pos(ref)] & RMW_READ) != 0;
    }

    public boolean isRmwWrite(int ref) {
        return !Ref.isInit(ref) && (cpus[Ref.cpu(ref)].flags[Ref.pos(ref)] & RMW_WRITE) != 0;
    }

    public boolean inSeqRead(int ref) {
        return (cpus[Ref.cpu(ref)].flags[Ref.pos(ref)] & SEQ_READ) != 0;
    }

    public MemOp op(int ref) {
        return Ref.isInit(ref) ? null : cpus[Ref.cpu(ref)].op[Ref.pos(ref)];
    }

    public String context(int ref) {
        return cpus[Ref.cpu(ref)].context[Ref.pos(ref)];
    }

    @SuppressWarnings("unchecked")
    public List<String> held(int ref) {
        return (List<String>) cpus[Ref.cpu(ref)].held[Ref.pos(ref)];
    }

    /** The events this one depends on (address, data, control and interrupt choices), as refs. */
    public int[] deps(int ref) {
        return cpus[Ref.cpu(ref)].deps[Ref.pos(ref)];
    }

    /**
     * Puts a new event in slot {@code pos} of {@code cpu} (the end, or a hole) with a fresh stamp;
     * a read gets its source with {@link #setRf}, a write its coherence position with
     * {@link #insertCo}. Returns its ref.
     */
    int place(int cpu, int pos, byte kind, byte flags, int location, long value, MemOp op, String context,
            Object held, int[] deps) {
        Slots s = cpus[cpu];
        if (pos < s.length && s.kind[pos] != HOLE) {
            throw new IllegalStateException("slot " + pos + " of cpu " + cpu + " is taken");
        }
        s.ensure(pos + 1);
        for (int i = s.length; i < pos; i++) {
            s.kind[i] = HOLE;
        }
        s.length = Math.max(s.length, pos + 1);
        long stamp = nextStamp++;
        s.kind[pos] = kind;
        s.flags[pos] = flags;
        s.location[pos] = location;
        s.value[pos] = value;
        s.rf[pos] = Ref.NONE;
        s.firstReader[pos] = Ref.NONE;
        s.stamp[pos] = stamp;
        s.place[pos] = stamp;
        s.op[pos] = op;
        s.context[pos] = context;
        s.held[pos] = held;
        s.deps[pos] = deps;
        if (kind == READ || kind == WRITE || kind == FENCE) {
            placedPlainAccess |= op.access() == Insn.Access.PLAIN && op.purpose() == MemOp.Purpose.ACCESS;
            placedFree |= op.insn() instanceof Insn.Free;
        }
        int ref = Ref.of(cpu, pos);
        if (kind == READ) {
            locations.get(location).reads.add(ref);
        }
        return ref;
    }

    /** Makes the new read {@code read} read {@code write} (once, right after placing it). */
    void setRf(int read, int write) {
        linkReader(read, write);
        Slots s = cpus[Ref.cpu(read)];
        s.rf[Ref.pos(read)] = write;
        s.value[Ref.pos(read)] = value(write);
    }

    /** Keeps a revisited read's former place for maximality (its stamp is the fresh one of its re-adding). */
    void setPlace(int ref, long place) {
        cpus[Ref.cpu(ref)].place[Ref.pos(ref)] = place;
    }

    void setValue(int ref, long value) {
        cpus[Ref.cpu(ref)].value[Ref.pos(ref)] = value;
    }

    void setHeld(int ref, Object held) {
        cpus[Ref.cpu(ref)].held[Ref.pos(ref)] = held;
    }

    /** Empties the slot of {@code ref} (a read leaves its location's reads; a write must have left co). */
    void clear(int ref) {
        Slots s = cpus[Ref.cpu(ref)];
        int pos = Ref.pos(ref);
        if (s.kind[pos] == READ) {
            locations.get(s.location[pos]).reads.remove(ref);
            if (s.rf[pos] != Ref.NONE) {
                unlinkReader(ref);
            }
        }
        s.kind[pos] = HOLE;
        s.op[pos] = null;
        s.held[pos] = null;
        s.deps[pos] = null;
        while (s.length > 0 && s.kind[s.length - 1] == HOLE) {
            s.length--;
        }
    }

    SlotCopy copy(int ref) {
        Slots s = cpus[Ref.cpu(ref)];
        int p = Ref.pos(ref);
        return new SlotCopy(ref, s.kind[p], s.flags[p], s.location[p], s.value[p], s.rf[p], s.coPos[p], s.stamp[p],
                s.place[p], s.op[p], s.context[p], s.held[p], s.deps[p]);
    }

    /** Puts a copied slot back exactly (location lists, and the reads of each write, are restored separately, wholesale). */
    void restore(SlotCopy c) {
        Slots s = cpus[Ref.cpu(c.ref())];
        int p = Ref.pos(c.ref());
        s.ensure(p + 1);
        for (int i = s.length; i < p; i++) {
            s.kind[i] = HOLE;
        }
        s.length = Math.max(s.length, p + 1);
        s.kind[p] = c.kind();
        s.flags[p] = c.flags();
        s.location[p] = c.location();
        s.value[p] = c.value();
        s.rf[p] = c.rf();
        s.coPos[p] = c.coPos();
        s.stamp[p] = c.stamp();
        s.place[p] = c.place();
        s.op[p] = c.op();
        s.context[p] = c.context();
        s.held[p] = c.held();
        s.deps[p] = c.deps();
    }

    /** Snapshots of a location's lists, for restoring them after a revisit. */
    record LocationCopy(int location, IntList co, IntList reads) {}

    LocationCopy copyLocation(int location) {
        Location l = locations.get(location);
        return new LocationCopy(location, l.co.copy(), l.reads.copy());
    }

    void restore(LocationCopy c) {
        Location l = locations.get(c.location());
        l.co.setTo(c.co());
        l.reads.setTo(c.reads());
        renumber(l.co, 0, l.co.size());
        l.initReaders = Ref.NONE;
        for (int i = 0; i < l.co.size(); i++) {
            setFirstReader(l.co.get(i), Ref.NONE);
        }
        for (int i = 0; i < l.reads.size(); i++) {
            linkReader(l.reads.get(i), rf(l.reads.get(i)));
        }
    }

    /** A readable dump of the graph (for diagnosing the search). */
    public String dump() {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cpus.length; c++) {
            b.append("cpu").append(c).append(':');
            for (int p = 0; p < cpus[c].length; p++) {
                int ref = Ref.of(c, p);
                byte k = kind(ref);
                b.append(" [").append(p).append(' ').append("H R W F C N".split(" ")[k]);
                if (k == READ || k == WRITE) {
                    b.append(" l").append(location(ref)).append('=').append(value(ref));
                }
                if (k == READ) {
                    int w = rf(ref);
                    b.append(" rf ").append(Ref.isInit(w) ? "init" : Ref.cpu(w) + "." + Ref.pos(w));
                }
                if (k == CHOICE) {
                    b.append(' ').append(value(ref));
                }
                if (k != HOLE) {
                    b.append(" s").append(stamp(ref));
                    int[] d = deps(ref);
                    if (d != null && d.length > 0) {
                        b.append(" d");
                        for (int x : d) {
                            b.append(Ref.cpu(x)).append('.').append(Ref.pos(x)).append(',');
                        }
                    }
                }
                b.append(']');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
