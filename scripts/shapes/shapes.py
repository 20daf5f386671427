#!/usr/bin/env python3
"""Generates the decorated litmus shapes of corpus/shapes/ as C litmus tests in the kernel's dialect.

A shape is a cycle of threads, each of one or two accesses; consecutive threads are joined by a
communication edge on one variable (rf from a write to a read, co from a write to a write, fr from
a read to a write), and the two accesses of a thread by program order on two different variables.
Each two-access thread gets one decoration from the list of its kind (WW, WR, RW, RR): the link
between its accesses (po, a fence or a dependency) and the flavour of each access (once, acquire,
release). A test is named as the kernel names its own (SHAPE+DESC+DESC..., DESCs for all-equal,
then Once per single-write thread), and tests that a rotation of the cycle maps onto each other
are generated once.

Usage: shapes.py OUTDIR   (writes OUTDIR/NAME.litmus for every test, removes other .litmus files there)
"""

import itertools
import os
import sys
from dataclasses import dataclass

# The mask used for fake dependencies: every value a test stores is below it, so r & MASK is 0
# and the dependent address or value equals the independent one.
DEP_MASK = 128


@dataclass(frozen=True)
class Decoration:
    """How a two-access thread orders its accesses: link between them and flavour of each."""
    link: str      # po, fencemb, fencewmb, fencermb, addr, data, ctrl
    first: str     # once, acquire (reads), release (writes)
    second: str

    @property
    def name(self):
        return self.link + self.first + self.second


def deco(text):
    for link in ("fencewmb", "fencermb", "fencemb", "addr", "data", "ctrl", "po"):
        if text.startswith(link):
            rest = text[len(link):]
            for first in ("once", "acquire", "release"):
                if rest.startswith(first):
                    return Decoration(link, first, rest[len(first):])
    raise ValueError(text)


def decos(*names):
    return tuple(deco(n) for n in names)


# Decorations per thread kind for the two-thread shapes: every link that applies to the pair of
# accesses, the acquire/release flavours, and the fences that do not order that pair (kept where
# a model differs: smp_rmb() does not order R->W in the kernel's model, DMB ISHLD does).
FULL = {
    "WW": decos("poonceonce", "pooncerelease", "fencembonceonce", "fencewmbonceonce"),
    "WR": decos("poonceonce", "poreleaseacquire", "poreleaseonce", "poonceacquire", "fencembonceonce"),
    "RW": decos("poonceonce", "poacquireonce", "pooncerelease", "poacquirerelease", "fencembonceonce",
                "fencermbonceonce", "addronceonce", "dataonceonce", "ctrlonceonce"),
    "RR": decos("poonceonce", "poacquireonce", "fencembonceonce", "fencermbonceonce", "fencewmbonceonce",
                "addronceonce", "ctrlonceonce"),
}

# The three- and four-thread shapes take fewer per thread to keep the cross product small: one
# dependency for each kind (addr, data and ctrl all order R->W alike in every model here) and no
# fence that orders nothing.
CORE = {
    "WW": FULL["WW"],
    "WR": decos("poonceonce", "poreleaseacquire", "fencembonceonce"),
    "RW": decos("poonceonce", "poacquireonce", "pooncerelease", "poacquirerelease", "fencembonceonce",
                "dataonceonce"),
    "RR": decos("poonceonce", "poacquireonce", "fencembonceonce", "fencermbonceonce", "addronceonce"),
}

# Shapes as thread kinds in cycle order (the normal forms of the classic tests).
SHAPES = (
    ("MP", ("WW", "RR"), FULL),
    ("SB", ("WR", "WR"), FULL),
    ("LB", ("RW", "RW"), FULL),
    ("S", ("WW", "RW"), FULL),
    ("R", ("WW", "WR"), FULL),
    ("2+2W", ("WW", "WW"), FULL),
    ("WRC", ("W", "RW", "RR"), CORE),
    ("ISA2", ("WW", "RW", "RR"), CORE),
    ("IRIW", ("W", "RR", "W", "RR"), CORE),
    ("Z6.0", ("WW", "RW", "WR"), CORE),
)

VARS = "xyzabc"


@dataclass(frozen=True)
class Access:
    kind: str      # R or W
    var: str
    value: int     # value written, or value the final condition expects a read to return
    reg: str       # register of a read, "" for a write


def layout(kinds):
    """Variables, values and registers of every access of the cycle; the final condition."""
    nvars = sum(1 for k in kinds if len(k) == 2)
    var_index = 0
    threads = []
    for kind in kinds:
        accesses = []
        for pos, k in enumerate(kind):
            if pos == 1:
                var_index += 1
            accesses.append([k, VARS[var_index % nvars]])
        threads.append(accesses)
    # Communication edge from the last access of thread i to the first of thread i+1.
    n = len(threads)
    edges = []
    for i in range(n):
        src = (i, len(threads[i]) - 1)
        dst = ((i + 1) % n, 0)
        edges.append((threads[src[0]][src[1]][0] + threads[dst[0]][dst[1]][0], src, dst))
    values = {}   # (thread, pos) -> value written, or read by the final condition
    for kind, src, dst in edges:
        if kind == "WW":                       # co: the target is the final value
            for access, value in ((src, 1), (dst, 2)):
                if values.setdefault(access, value) != value:
                    raise ValueError("a write both starts and ends a co edge")
    conds = []
    for kind, src, dst in edges:
        if kind == "WR":                       # rf: the read returns the value written
            values[dst] = values.setdefault(src, 1)
            conds.append(("reg", dst))
        elif kind == "WW":
            conds.append(("loc", threads[dst[0]][dst[1]][1], values[dst]))
        elif kind == "RW":                     # fr: the read returns the initial value
            values[src] = 0
            values.setdefault(dst, 1)
            conds.append(("reg", src))
        else:
            raise ValueError("no communication edge from a read to a read")
    result = []
    for t, accesses in enumerate(threads):
        regs = 0
        row = []
        for p, (k, var) in enumerate(accesses):
            reg = ""
            if k == "R":
                reg = "r%d" % regs
                regs += 1
            row.append(Access(k, var, values.get((t, p), 1), reg))
        result.append(tuple(row))
    # Registers by thread, then the final values of locations.
    regs = sorted(c[1] for c in conds if c[0] == "reg")
    locs = sorted(c[1:] for c in conds if c[0] == "loc")
    condition = ["%d:%s=%d" % (t, result[t][p].reg, values[(t, p)]) for t, p in regs]
    condition += ["%s=%d" % loc for loc in locs]
    return tuple(result), " /\\ ".join(condition)


def test_name(shape, kinds, choice):
    descs = [d.name for d in choice if d is not None]
    singles = sum(1 for k in kinds if len(k) == 1)
    if len(set(descs)) == 1 and len(descs) > 1:
        parts = [descs[0] + "s"]
    else:
        parts = descs
    name = shape + "+" + "+".join(parts)
    if singles:
        name += "+" + "Once" * singles
    return name


def canonical(kinds, indices):
    """The least rotation of the decoration indices among rotations that keep the thread kinds."""
    n = len(kinds)
    best = tuple(indices)
    for r in range(1, n):
        if tuple(kinds[r:] + kinds[:r]) == tuple(kinds):
            rotated = tuple(indices[r:] + indices[:r])
            best = min(best, rotated)
    return best


def render_access(a, flavour, dep=None):
    """One access as a C statement; dep is the register an address or data dependency comes from."""
    target = "*" + a.var
    if dep is not None and dep[0] == "addr":
        target = "*(%s + (%s & %d))" % (a.var, dep[1], DEP_MASK)
    if a.kind == "R":
        if flavour == "acquire":
            assert dep is None
            return "%s = smp_load_acquire(%s);" % (a.reg, a.var)
        return "%s = READ_ONCE(%s);" % (a.reg, target)
    value = str(a.value)
    if dep is not None and dep[0] == "data":
        value = "%d + (%s & %d)" % (a.value, dep[1], DEP_MASK)
    if flavour == "release":
        assert dep is None
        return "smp_store_release(%s, %s);" % (a.var, value)
    return "WRITE_ONCE(%s, %s);" % (target, value)


FENCES = {"fencemb": "smp_mb();", "fencewmb": "smp_wmb();", "fencermb": "smp_rmb();"}


def render_thread(t, accesses, d):
    params = sorted({a.var for a in accesses})
    lines = ["P%d(%s)" % (t, ", ".join("int *" + v for v in params)), "{"]
    regs = [a.reg for a in accesses if a.reg]
    for r in regs:
        lines.append("\tint %s;" % r)
    if regs:
        lines.append("")
    if d is None:
        lines.append("\t" + render_access(accesses[0], "once"))
    else:
        first, second = accesses
        lines.append("\t" + render_access(first, d.first))
        if d.link in FENCES:
            lines.append("\t" + FENCES[d.link])
        if d.link in ("addr", "data"):
            lines.append("\t" + render_access(second, d.second, (d.link, first.reg)))
        elif d.link == "ctrl":
            lines.append("\tif (%s)" % first.reg)
            lines.append("\t\t" + render_access(second, d.second))
        else:
            lines.append("\t" + render_access(second, d.second))
    lines.append("}")
    return lines


def applicable(kind, d):
    """Whether the decoration fits the kinds of the thread's two accesses."""
    first, second = kind
    if d.first == "acquire" and first != "R" or d.first == "release" and first != "W":
        return False
    if d.second == "acquire" and second != "R" or d.second == "release" and second != "W":
        return False
    if d.link in ("addr", "data", "ctrl") and first != "R":
        return False
    if d.link == "data" and second != "W":
        return False
    return True


def tests():
    """Every test as (name, text), in a fixed order."""
    out = []
    for shape, kinds, table in SHAPES:
        accesses, condition = layout(kinds)
        options = [range(len(table[k])) if len(k) == 2 else (0,) for k in kinds]
        seen = set()
        for indices in itertools.product(*options):
            key = canonical(list(kinds), list(indices))
            if key in seen:
                continue
            seen.add(key)
            choice = [table[k][i] if len(k) == 2 else None for k, i in zip(kinds, key)]
            for k, d in zip(kinds, choice):
                if d is not None and not applicable(k, d):
                    raise ValueError("%s does not apply to %s" % (d.name, k))
            name = test_name(shape, kinds, choice)
            lines = ["C " + name, "", "{}", ""]
            for t, (acc, d) in enumerate(zip(accesses, choice)):
                lines += render_thread(t, acc, d)
                lines.append("")
            lines.append("exists (%s)" % condition)
            out.append((name, "\n".join(lines) + "\n"))
    names = [n for n, _ in out]
    assert len(names) == len(set(names)), "duplicate test names"
    return out


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    generated = tests()
    files = {name + ".litmus" for name, _ in generated}
    stale = sorted(f for f in os.listdir(outdir) if f.endswith(".litmus") and f not in files)
    for f in stale:
        os.remove(os.path.join(outdir, f))
    for name, text in generated:
        with open(os.path.join(outdir, name + ".litmus"), "w") as f:
            f.write(text)
    print("%d tests written to %s (%d stale ones removed)" % (len(generated), outdir, len(stale)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
