#!/usr/bin/env python3
"""Compiles a C litmus test of the kernel's dialect to AArch64 or X86 under the kernel's mapping.

The C accepted is the part of the dialect that the decorated shapes use: int registers, READ_ONCE,
WRITE_ONCE, smp_load_acquire, smp_store_release, smp_mb, smp_wmb, smp_rmb, `if (r) ...`, and
values and addresses computed from registers with + and & (fake dependencies such as
`*(y + (r0 & 128))`). Anything else is refused with the line it is on.

AArch64 (the arm64 kernel's definitions): READ_ONCE -> LDR, WRITE_ONCE -> STR,
smp_load_acquire -> LDAR, smp_store_release -> STLR, smp_mb -> DMB ISH, smp_wmb -> DMB ISHST,
smp_rmb -> DMB ISHLD; a computed address or value is computed with AND/ADD into a register, so
address and data dependencies are real register dependencies; `if (r)` is CBZ over the body
(a control dependency).

X86 (x86-64): loads and stores are MOV, acquire and release too, smp_mb -> MFENCE, smp_wmb and
smp_rmb -> nothing; `if (r)` is CMP and JE over the body. x86-TSO keeps every load ordered before
every later access, so a dependency orders nothing more there: a computed address is the plain
one, and `c + (r & M)` stores c, which is its value because M is a power of two above every
constant of the test (checked).

Usage: compile.py aarch64|x86 TEST.litmus   (prints the compiled test)
"""

import re
import sys
from dataclasses import dataclass, field


class LitmusError(Exception):
    pass


# ---------------------------------------------------------------- parsing

TOKEN = re.compile(r"\s*(?:(\d+)|([A-Za-z_]\w*)|(\S))")


def tokens(text, line):
    out = []
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group(1):
            out.append(("num", int(m.group(1)), line))
        elif m.group(2):
            out.append(("id", m.group(2), line))
        elif m.group(3):
            out.append(("op", m.group(3), line))
    return out


@dataclass
class Num:
    value: int


@dataclass
class Reg:
    name: str


@dataclass
class BinOp:
    op: str       # + or &
    left: object
    right: object


@dataclass
class Addr:
    var: str
    offset: object = None     # an expression added to the variable's address


@dataclass
class Load:
    reg: str
    addr: Addr
    acquire: bool


@dataclass
class Store:
    addr: Addr
    value: object
    release: bool


@dataclass
class Fence:
    kind: str     # mb, wmb, rmb


@dataclass
class If:
    reg: str
    body: list


@dataclass
class Thread:
    index: int
    params: list
    regs: list = field(default_factory=list)
    body: list = field(default_factory=list)


@dataclass
class Test:
    name: str
    init: dict
    threads: list
    locations: list    # extra locations and registers the final states show
    condition: str


class Parser:
    def __init__(self, toks, params):
        self.toks = toks
        self.pos = 0
        self.params = params
        self.regs = []

    def peek(self, k=0):
        return self.toks[self.pos + k] if self.pos + k < len(self.toks) else ("eof", None, None)

    def line(self):
        tok = self.peek()
        return tok[2] if tok[2] is not None else (self.toks[-1][2] if self.toks else 0)

    def fail(self, what):
        tok = self.peek()
        raise LitmusError("line %s: %s (at %r)" % (self.line(), what, tok[1]))

    def take(self, kind, value=None):
        tok = self.peek()
        if tok[0] != kind or (value is not None and tok[1] != value):
            self.fail("expected %s" % (value if value is not None else kind))
        self.pos += 1
        return tok[1]

    def at(self, kind, value):
        tok = self.peek()
        return tok[0] == kind and tok[1] == value

    def statements(self, closing):
        body = []
        while not self.at("op", closing):
            if self.peek()[0] == "eof":
                self.fail("unterminated block")
            stmt = self.statement()
            if stmt is not None:
                body.append(stmt)
        return body

    def statement(self):
        tok = self.peek()
        if tok[0] == "id" and tok[1] == "int":
            self.pos += 1
            if self.at("op", "*"):
                self.fail("pointer registers are not supported")
            name = self.take("id")
            self.regs.append(name)
            if self.at("op", "="):
                self.pos += 1
                load = self.load(name)
                self.take("op", ";")
                return load
            self.take("op", ";")
            return None
        if tok[0] == "id" and tok[1] == "if":
            self.pos += 1
            self.take("op", "(")
            reg = self.register()
            self.take("op", ")")
            if self.at("op", "{"):
                self.pos += 1
                body = self.statements("}")
                self.take("op", "}")
            else:
                body = [self.statement()]
            return If(reg, body)
        if tok[0] == "id" and tok[1] in ("smp_mb", "smp_wmb", "smp_rmb"):
            self.pos += 1
            self.take("op", "(")
            self.take("op", ")")
            self.take("op", ";")
            return Fence(tok[1][4:])
        if tok[0] == "id" and tok[1] in ("WRITE_ONCE", "smp_store_release"):
            self.pos += 1
            self.take("op", "(")
            if tok[1] == "WRITE_ONCE":
                self.take("op", "*")
                addr = self.address()
            else:
                addr = Addr(self.variable())
            self.take("op", ",")
            value = self.expr()
            self.take("op", ")")
            self.take("op", ";")
            return Store(addr, value, tok[1] == "smp_store_release")
        if tok[0] == "id" and tok[1] in self.regs and self.peek(1)[:2] == ("op", "="):
            self.pos += 2
            load = self.load(tok[1])
            self.take("op", ";")
            return load
        self.fail("unsupported statement")

    def load(self, reg):
        fn = self.take("id")
        if fn not in ("READ_ONCE", "smp_load_acquire"):
            self.fail("expected READ_ONCE or smp_load_acquire")
        self.take("op", "(")
        if fn == "READ_ONCE":
            self.take("op", "*")
            addr = self.address()
        else:
            addr = Addr(self.variable())
        self.take("op", ")")
        return Load(reg, addr, fn == "smp_load_acquire")

    def variable(self):
        name = self.take("id")
        if name not in self.params:
            self.fail("%s is not a parameter of the thread" % name)
        return name

    def register(self):
        name = self.take("id")
        if name not in self.regs:
            self.fail("%s is not a declared register" % name)
        return name

    def address(self):
        if self.at("op", "("):
            self.pos += 1
            var = self.variable()
            self.take("op", "+")
            offset = self.primary()
            self.take("op", ")")
            return Addr(var, offset)
        return Addr(self.variable())

    def expr(self):
        """A value: sums, and-ed together (& binds less tightly than +, as in C)."""
        left = self.sum()
        while self.at("op", "&"):
            self.pos += 1
            left = BinOp("&", left, self.sum())
        return left

    def sum(self):
        left = self.primary()
        while self.at("op", "+"):
            self.pos += 1
            left = BinOp("+", left, self.primary())
        return left

    def primary(self):
        tok = self.peek()
        if tok[0] == "num":
            self.pos += 1
            return Num(tok[1])
        if tok[0] == "id":
            return Reg(self.register())
        if self.at("op", "("):
            self.pos += 1
            inner = self.expr()
            self.take("op", ")")
            return inner
        self.fail("expected a number, a register or (")


def blank(m):
    """A comment replaced by blanks of its length, so that offsets and line numbers stay."""
    return re.sub(r"[^\n]", " ", m.group(0))


def strip_c_comments(text):
    return re.sub(r"//[^\n]*|/\*.*?\*/", blank, text, flags=re.S)


def skip_litmus_comments(text, pos):
    """Past whitespace and herd's (* ... *) comments, which appear outside the threads only."""
    while True:
        m = re.compile(r"\s*\(\*.*?\*\)", re.S).match(text, pos)
        if not m:
            return re.compile(r"\s*").match(text, pos).end()
        pos = m.end()


def parse(text):
    header = re.match(r"\s*C\s+(\S+)", text)
    if not header:
        raise LitmusError("line 1: a C litmus test starts with `C NAME`")
    name = header.group(1)

    def line_of(pos):
        return text[:pos].count("\n") + 1

    pos = skip_litmus_comments(text, header.end())
    init_m = re.compile(r"\{(.*?)\}", re.S).match(text, pos)
    if not init_m:
        raise LitmusError("line %d: expected the init block `{...}`" % line_of(pos))
    init = {}
    for decl in strip_c_comments(init_m.group(1)).split(";"):
        decl = decl.strip()
        if not decl:
            continue
        m = re.fullmatch(r"(?:int\s+)?(\w+)(?:\s*=\s*(\d+))?", decl)
        if not m:
            raise LitmusError("line %d: unsupported initialisation %r" % (line_of(init_m.start(1)), decl))
        if m.group(2) is not None:
            init[m.group(1)] = int(m.group(2))
    # The threads are C: their comments are C's.
    code = text[:init_m.end()] + strip_c_comments(text[init_m.end():])
    pos = init_m.end()
    threads = []
    proc = re.compile(r"\s*P(\d+)\s*\(([^)]*)\)\s*\{")
    while True:
        m = proc.match(code, pos)
        if not m:
            break
        index = int(m.group(1))
        if index != len(threads):
            raise LitmusError("line %d: threads must be P0, P1, ... in order" % line_of(m.start(1)))
        params = []
        for p in m.group(2).split(","):
            pm = re.fullmatch(r"\s*(?:volatile\s+)?int\s*\*\s*(\w+)\s*", p)
            if not pm:
                raise LitmusError("line %d: unsupported parameter %r" % (line_of(m.start(1)), p.strip()))
            params.append(pm.group(1))
        depth = 1
        i = m.end()
        while depth:
            if i >= len(code):
                raise LitmusError("line %d: unterminated thread P%d" % (line_of(m.start(1)), index))
            depth += {"{": 1, "}": -1}.get(code[i], 0)
            i += 1
        toks = []
        start_line = line_of(m.end())
        for k, text_line in enumerate(code[m.end():i - 1].split("\n")):
            toks += tokens(text_line, start_line + k)
        parser = Parser(toks, params)
        stmts = []
        while parser.peek()[0] != "eof":
            stmt = parser.statement()
            if stmt is not None:
                stmts.append(stmt)
        threads.append(Thread(index, params, parser.regs, stmts))
        pos = i
    tail = re.sub(r"\(\*.*?\*\)", blank, text[pos:], flags=re.S)
    lm = re.match(r"\s*locations\s*\[([^]]*)\]", tail)
    locations = []
    if lm:
        locations = [x.strip() for x in lm.group(1).split(";") if x.strip()]
        tail = tail[lm.end():]
    cm = re.fullmatch(r"\s*(~?exists|forall)\s*(.*?)\s*", tail, re.S)
    if not threads or not cm:
        raise LitmusError("line %d: expected threads P0... and then exists/~exists/forall"
                          % line_of(pos))
    return Test(name, init, threads, locations, cm.group(1) + " " + " ".join(cm.group(2).split()))


# ---------------------------------------------------------------- code generation

def constants(test):
    """Every value the test stores, initialises or tests."""
    found = set(test.init.values())

    def walk_expr(e):
        if isinstance(e, Num):
            found.add(e.value)
        elif isinstance(e, BinOp):
            walk_expr(e.left)
            if e.op != "&":           # a mask is no value the test stores
                walk_expr(e.right)

    def walk(stmts):
        for s in stmts:
            if isinstance(s, Store):
                walk_expr(s.value)
            elif isinstance(s, If):
                walk(s.body)
    for t in test.threads:
        walk(t.body)
    found |= {int(v) for v in re.findall(r"=\s*(\d+)", test.condition)}
    return found


def columns(rows_per_thread):
    height = max(len(r) for r in rows_per_thread)
    cols = [r + [""] * (height - len(r)) for r in rows_per_thread]
    heads = ["P%d" % i for i in range(len(cols))]
    widths = [max([len(h)] + [len(x) for x in c]) for h, c in zip(heads, cols)]
    out = [" " + " | ".join(h.ljust(w) for h, w in zip(heads, widths)) + " ;"]
    for k in range(height):
        out.append(" " + " | ".join(c[k].ljust(w) for c, w in zip(cols, widths)) + " ;")
    return out


class AArch64:
    name = "AArch64"

    def __init__(self, test):
        self.test = test
        self.labels = 0

    def thread(self, t):
        self.regs = {r: "W%d" % i for i, r in enumerate(t.regs)}
        if len(t.regs) > 8:
            raise LitmusError("P%d: more than 8 registers" % t.index)
        self.addrs = {v: "X%d" % (10 + i) for i, v in enumerate(t.params)}
        self.tid = t.index
        out = []
        self.block(t.body, out)
        return out

    def block(self, stmts, out):
        for s in stmts:
            self.temps = 8
            self.statement(s, out)

    def temp(self):
        if self.temps > 9:
            raise LitmusError("P%d: expression too deep" % self.tid)
        reg = "W%d" % self.temps
        self.temps += 1
        return reg

    def value(self, e, out):
        """A register holding the value of e."""
        if isinstance(e, Num):
            reg = self.temp()
            out.append("MOV %s,#%d" % (reg, e.value))
            return reg
        if isinstance(e, Reg):
            return self.regs[e.name]
        left, right = e.left, e.right
        if isinstance(left, Num) and not isinstance(right, Num):
            left, right = right, left
        a = self.value(left, out)
        reg = self.temp()
        mnemonic = {"+": "ADD", "&": "AND"}[e.op]
        if isinstance(right, Num):
            out.append("%s %s,%s,#%d" % (mnemonic, reg, a, right.value))
        else:
            out.append("%s %s,%s,%s" % (mnemonic, reg, a, self.value(right, out)))
        return reg

    def operand(self, addr, out, ordered):
        base = self.addrs[addr.var]
        if addr.offset is None:
            return "[%s]" % base
        if ordered:
            raise LitmusError("P%d: an acquire or release access to a computed address" % self.tid)
        return "[%s,%s,SXTW]" % (base, self.value(addr.offset, out))

    def statement(self, s, out):
        if isinstance(s, Load):
            operand = self.operand(s.addr, out, s.acquire)
            out.append("%s %s,%s" % ("LDAR" if s.acquire else "LDR", self.regs[s.reg], operand))
        elif isinstance(s, Store):
            operand = self.operand(s.addr, out, s.release)
            out.append("%s %s,%s" % ("STLR" if s.release else "STR", self.value(s.value, out), operand))
        elif isinstance(s, Fence):
            out.append({"mb": "DMB ISH", "wmb": "DMB ISHST", "rmb": "DMB ISHLD"}[s.kind])
        elif isinstance(s, If):
            label = "LC%d%d" % (self.tid, self.labels)
            self.labels += 1
            out.append("CBZ %s,%s" % (self.regs[s.reg], label))
            self.block(s.body, out)
            out.append(label + ":")

    def init(self):
        parts = ["%d:%s=%s;" % (t.index, reg, var)
                 for t in self.test.threads
                 for var, reg in ((v, "X%d" % (10 + i)) for i, v in enumerate(t.params))]
        rows = []
        for t in self.test.threads:
            rows.append(" ".join(p for p in parts if p.startswith("%d:" % t.index)))
        return ["%s=%d;" % kv for kv in sorted(self.test.init.items())] + rows

    def register(self, t, i):
        return "X%d" % i

    def location(self, var):
        return "[%s]" % var


class X86:
    name = "X86"
    REGS = ("EAX", "EBX", "ECX", "EDX", "ESI", "EDI")

    def __init__(self, test):
        self.test = test
        self.labels = 0
        consts = constants(test)
        self.bound = max(consts) if consts else 0

    def thread(self, t):
        if len(t.regs) > len(self.REGS):
            raise LitmusError("P%d: more than %d registers" % (t.index, len(self.REGS)))
        self.regs = {r: self.REGS[i] for i, r in enumerate(t.regs)}
        self.tid = t.index
        out = []
        self.block(t.body, out)
        return out

    def block(self, stmts, out):
        for s in stmts:
            self.statement(s, out)

    def masked_zero(self, e):
        """Whether e is (r & M) with M a power of two above every constant of the test."""
        return (isinstance(e, BinOp) and e.op == "&" and isinstance(e.right, Num)
                and e.right.value & (e.right.value - 1) == 0 and e.right.value > self.bound
                and isinstance(e.left, Reg))

    def source(self, e):
        """The operand a store writes: an immediate or a register."""
        if isinstance(e, Num):
            return "$%d" % e.value
        if isinstance(e, Reg):
            return self.regs[e.name]
        if isinstance(e, BinOp) and e.op == "+":
            if self.masked_zero(e.right):
                return self.source(e.left)
            if self.masked_zero(e.left):
                return self.source(e.right)
        if self.masked_zero(e):
            return "$0"
        raise LitmusError("P%d: a stored value x86 cannot compute here" % self.tid)

    def operand(self, addr):
        if addr.offset is not None and not self.masked_zero(addr.offset):
            raise LitmusError("P%d: a computed address that is not the variable's own" % self.tid)
        return "[%s]" % addr.var

    def statement(self, s, out):
        if isinstance(s, Load):
            out.append("MOV %s,%s" % (self.regs[s.reg], self.operand(s.addr)))
        elif isinstance(s, Store):
            out.append("MOV %s,%s" % (self.operand(s.addr), self.source(s.value)))
        elif isinstance(s, Fence):
            if s.kind == "mb":
                out.append("MFENCE")
        elif isinstance(s, If):
            label = "LC%d%d" % (self.tid, self.labels)
            self.labels += 1
            out.append("CMP %s,$0" % self.regs[s.reg])
            out.append("JE %s" % label)
            self.block(s.body, out)
            out.append(label + ":")

    def init(self):
        return ["%s=%d;" % kv for kv in sorted(self.test.init.items())]

    def register(self, t, i):
        return self.REGS[i]

    def location(self, var):
        return var


ARCHES = {"aarch64": AArch64, "x86": X86}


def rename(gen, test, text, location):
    """The registers of a condition or a locations entry in the target's names, and its
    locations as the function location writes them."""
    regs = {}
    for t in test.threads:
        for i, r in enumerate(t.regs):
            regs["%d:%s" % (t.index, r)] = "%d:%s" % (t.index, gen.register(t, i))

    def one(m):
        if m.group(1):
            if m.group(0) not in regs:
                raise LitmusError("%s is no register of the test" % m.group(0))
            return regs[m.group(0)]
        if m.group(2) in ("exists", "forall"):
            return m.group(2)
        return location(m.group(2))
    return re.sub(r"(\d+:)?([A-Za-z_]\w*)", one, text)


def compile_test(text, arch):
    test = parse(text)
    gen = ARCHES[arch](test)
    rows = [gen.thread(t) for t in test.threads]
    lines = ["%s %s" % (gen.name, test.name), "{"] + gen.init() + ["}"]
    lines += columns(rows)
    if test.locations:
        lines.append("locations [%s]" % " ".join(rename(gen, test, x, str) + ";" for x in test.locations))
    lines.append(rename(gen, test, test.condition, gen.location))
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) != 3 or argv[1] not in ARCHES:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    try:
        with open(argv[2]) as f:
            sys.stdout.write(compile_test(f.read(), argv[1]))
    except LitmusError as e:
        print("%s: error: %s" % (argv[2], e), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
