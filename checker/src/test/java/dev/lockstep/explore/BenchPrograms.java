package dev.lockstep.explore;

import static dev.lockstep.explore.IrBuilder.c;
import static dev.lockstep.explore.IrBuilder.g;

import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Value;

/** Hand translations of shared/bench/*.c into IR (what the lowering produces, modulo temporaries). */
final class BenchPrograms {
    private BenchPrograms() {}

    static Program build(String file, int n) {
        return switch (file) {
            case "lastzero.c" -> lastzero(n);
            case "readers.c" -> readers(n);
            case "sb_ring.c" -> sbRing(n);
            case "casrot.c" -> casrot(n);
            case "ainc.c" -> ainc(n);
            case "indexer.c" -> indexer(n);
            case "filesystem.c" -> filesystem(n);
            case "fib_bench.c" -> fibBench(n);
            default -> throw new IllegalArgumentException(file);
        };
    }

    static Program lastzero(int n) {
        IrBuilder p = new IrBuilder("lastzero.c").global("array", "int[" + (n + 1) + "]");
        IrBuilder.Fn reader = p.function("reader", "unused");
        Value.Reg i = reader.reg("i");
        Value.Reg t = reader.reg("t");
        Value.Reg v = reader.reg("v");
        Value.Reg ne = reader.reg("ne");
        int head = reader.block();
        int body = reader.block();
        int exit = reader.block();
        reader.at(0).move(i, c(n)).jump(head);
        reader.at(head).elem(t, g("array"), i).load(v, t, Insn.Access.ONCE).compute(ne, Insn.Op.NE, v, c(0))
                .branch(ne, body, exit);
        reader.at(body).compute(i, Insn.Op.SUB, i, c(1)).loopBack(head, 0);
        reader.at(exit).ret().done();
        IrBuilder.Fn writer = p.function("writer", "arg");
        Value.Reg j = writer.param(0);
        Value.Reg jm = writer.reg("jm");
        Value.Reg a = writer.reg("a");
        Value.Reg x = writer.reg("x");
        Value.Reg y = writer.reg("y");
        Value.Reg b = writer.reg("b");
        writer.compute(jm, Insn.Op.SUB, j, c(1)).elem(a, g("array"), jm).load(x, a, Insn.Access.ONCE)
                .compute(y, Insn.Op.ADD, x, c(1)).elem(b, g("array"), j).store(b, y, Insn.Access.ONCE).ret().done();
        IrBuilder.Fn spawn = p.function("spawn").entry(Insn.EntryKind.INIT);
        spawn.spawn("reader", new Value.Null());
        for (int k = 1; k <= n; k++) {
            spawn.spawn("writer", c(k));
        }
        return spawn.ret().done().build();
    }

    static Program readers(int n) {
        IrBuilder p = new IrBuilder("readers.c").global("x", "int");
        p.function("writer", "unused").store(g("x"), c(42), Insn.Access.ONCE).ret().done();
        IrBuilder.Fn r = p.function("reader", "unused");
        r.load(r.reg("r"), g("x"), Insn.Access.ONCE).ret().done();
        IrBuilder.Fn spawn = p.function("spawn").entry(Insn.EntryKind.INIT);
        spawn.spawn("writer", new Value.Null());
        for (int k = 0; k < n; k++) {
            spawn.spawn("reader", new Value.Null());
        }
        return spawn.ret().done().build();
    }

    static Program sbRing(int n) {
        IrBuilder p = new IrBuilder("sb_ring.c").global("flag", "int[" + n + "]");
        IrBuilder.Fn f = p.function("p", "arg");
        Value.Reg i = f.param(0);
        Value.Reg a = f.reg("a");
        Value.Reg k = f.reg("k");
        Value.Reg m = f.reg("m");
        Value.Reg b = f.reg("b");
        f.elem(a, g("flag"), i).store(a, c(1), Insn.Access.ONCE).compute(k, Insn.Op.ADD, i, c(1))
                .compute(m, Insn.Op.MOD, k, c(n)).elem(b, g("flag"), m).load(f.reg("r"), b, Insn.Access.ONCE).ret()
                .done();
        IrBuilder.Fn spawn = p.function("spawn").entry(Insn.EntryKind.INIT);
        for (int t = 0; t < n; t++) {
            spawn.spawn("p", c(t));
        }
        return spawn.ret().done().build();
    }

    static Program casrot(int n) {
        IrBuilder p = new IrBuilder("casrot.c").global("x", "int");
        IrBuilder.Fn f = p.function("rot", "arg");
        Value.Reg i = f.param(0);
        Value.Reg e = f.reg("e");
        f.compute(e, Insn.Op.SUB, i, c(1)).rmw(f.reg("old"), g("x"), Insn.RmwOp.CMPXCHG, i, e).ret().done();
        IrBuilder.Fn spawn = p.function("spawn").entry(Insn.EntryKind.INIT);
        for (int t = 1; t <= n; t++) {
            spawn.spawn("rot", c(t));
        }
        return spawn.ret().done().build();
    }

    static Program ainc(int n) {
        IrBuilder p = new IrBuilder("ainc.c").global("counter", "atomic_t");
        IrBuilder.Fn f = p.function("inc", "unused");
        f.insn(new Insn.Rmw(null, g("counter"), Insn.RmwOp.ADD, c(1), null, Insn.Ordering.RELAXED,
                dev.lockstep.ir.IntType.INT, p.span())).ret().done();
        IrBuilder.Fn spawn = p.function("spawn").entry(Insn.EntryKind.INIT);
        for (int t = 0; t < n; t++) {
            spawn.spawn("inc", new Value.Null());
        }
        return spawn.ret().done().build();
    }

    static Program indexer(int n) {
        IrBuilder p = new IrBuilder("indexer.c").global("table", "int[128]");
        IrBuilder.Fn f = p.function("insert", "arg");
        Value.Reg tid = f.param(0);
        Value.Reg i = f.reg("i");
        Value.Reg w = f.reg("w");
        Value.Reg h = f.reg("h");
        Value.Reg t = f.reg("t");
        Value.Reg a = f.reg("a");
        Value.Reg old = f.reg("old");
        Value.Reg cond = f.reg("cond");
        int outer = f.block();
        int body = f.block();
        int probe = f.block();
        int next = f.block();
        int step = f.block();
        int exit = f.block();
        f.at(0).move(i, c(0)).jump(outer);
        f.at(outer).compute(cond, Insn.Op.LT, i, c(4)).branch(cond, body, exit);
        f.at(body).compute(t, Insn.Op.MUL, i, c(11)).compute(w, Insn.Op.ADD, t, tid).compute(t, Insn.Op.MUL, w, c(7))
                .compute(h, Insn.Op.MOD, t, c(128)).jump(probe);
        f.at(probe).elem(a, g("table"), h).rmw(old, a, Insn.RmwOp.CMPXCHG, w, c(0))
                .compute(cond, Insn.Op.NE, old, c(0)).branch(cond, next, step);
        f.at(next).compute(t, Insn.Op.ADD, h, c(1)).compute(h, Insn.Op.MOD, t, c(128)).loopBack(probe, 1);
        f.at(step).compute(i, Insn.Op.ADD, i, c(1)).loopBack(outer, 0);
        f.at(exit).ret().done();
        IrBuilder.Fn spawn = p.function("spawn").entry(Insn.EntryKind.INIT);
        for (int k = 0; k < n; k++) {
            spawn.spawn("insert", c(k));
        }
        return spawn.ret().done().build();
    }

    static Program filesystem(int n) {
        IrBuilder p = new IrBuilder("filesystem.c").global("locki", "struct mutex[32]").global("lockb",
                "struct mutex[26]").global("inode", "int[32]").global("busy", "int[26]");
        IrBuilder.Fn f = p.function("allocate", "arg");
        Value.Reg tid = f.param(0);
        Value.Reg i = f.reg("i");
        Value.Reg b = f.reg("b");
        Value.Reg j = f.reg("j");
        Value.Reg li = f.reg("li");
        Value.Reg lb = f.reg("lb");
        Value.Reg a = f.reg("a");
        Value.Reg v = f.reg("v");
        Value.Reg cond = f.reg("cond");
        Value.Reg t = f.reg("t");
        int check = f.block();
        int loop = f.block();
        int body = f.block();
        int take = f.block();
        int next = f.block();
        int done = f.block();
        f.at(0).compute(i, Insn.Op.MOD, tid, c(32)).elem(li, g("locki"), i).lock(li, Insn.LockKind.MUTEX, "locki")
                .elem(a, g("inode"), i).load(v, a, Insn.Access.PLAIN).compute(cond, Insn.Op.EQ, v, c(0))
                .branch(cond, check, done);
        f.at(check).compute(t, Insn.Op.MUL, i, c(2)).compute(b, Insn.Op.MOD, t, c(26)).move(j, c(0)).jump(loop);
        f.at(loop).compute(cond, Insn.Op.LT, j, c(10)).branch(cond, body, done);
        f.at(body).elem(lb, g("lockb"), b).lock(lb, Insn.LockKind.MUTEX, "lockb").elem(a, g("busy"), b)
                .load(v, a, Insn.Access.PLAIN).branch(v, next, take);
        f.at(take).store(a, c(1), Insn.Access.PLAIN).compute(t, Insn.Op.ADD, b, c(1)).elem(a, g("inode"), i)
                .store(a, t, Insn.Access.PLAIN).unlock(lb, Insn.LockKind.MUTEX, "lockb").jump(done);
        f.at(next).unlock(lb, Insn.LockKind.MUTEX, "lockb").compute(t, Insn.Op.ADD, b, c(1))
                .compute(b, Insn.Op.MOD, t, c(26)).compute(j, Insn.Op.ADD, j, c(1)).loopBack(loop, 0);
        f.at(done).unlock(li, Insn.LockKind.MUTEX, "locki").ret().done();
        IrBuilder.Fn spawn = p.function("spawn").entry(Insn.EntryKind.INIT);
        Value.Reg m = spawn.reg("m");
        for (int k = 0; k < 32; k++) {
            spawn.elem(m, g("locki"), c(k)).store(m, c(0), Insn.Access.PLAIN);
        }
        for (int k = 0; k < 26; k++) {
            spawn.elem(m, g("lockb"), c(k)).store(m, c(0), Insn.Access.PLAIN);
        }
        for (int k = 0; k < n; k++) {
            spawn.spawn("allocate", c(k));
        }
        return spawn.ret().done().build();
    }

    /** The largest value 2N alternating Fibonacci steps from (1, 1) reach: F(2N+2). */
    private static long fibMax(int n) {
        long a = 1;
        long b = 1;
        for (int k = 0; k < 2 * n; k++) {
            long next = a + b;
            a = b;
            b = next;
        }
        return b;
    }

    static Program fibBench(int n) {
        IrBuilder p = new IrBuilder("fib_bench.c").global("x", "int", 1).global("y", "int", 1);
        for (String target : new String[] {"x", "y"}) {
            IrBuilder.Fn f = p.function("fib_" + target, "unused");
            Value.Reg i = f.reg("i");
            Value.Reg px = f.reg("prev_x");
            Value.Reg py = f.reg("prev_y");
            Value.Reg sum = f.reg("sum");
            Value.Reg cond = f.reg("cond");
            int head = f.block();
            int body = f.block();
            int exit = f.block();
            f.at(0).move(i, c(0)).jump(head);
            f.at(head).compute(cond, Insn.Op.LT, i, c(n)).branch(cond, body, exit);
            f.at(body).load(px, g("x"), Insn.Access.ACQUIRE).load(py, g("y"), Insn.Access.ACQUIRE)
                    .compute(sum, Insn.Op.ADD, px, py).store(g(target), sum, Insn.Access.RELEASE)
                    .compute(i, Insn.Op.ADD, i, c(1)).loopBack(head, 0);
            f.at(exit).ret().done();
        }
        IrBuilder.Fn check = p.function("check", "unused");
        Value.Reg v = check.reg("v");
        Value.Reg over = check.reg("over");
        Value.Reg ok = check.reg("ok");
        int second = check.block();
        int verdict = check.block();
        check.at(0).load(v, g("x"), Insn.Access.ACQUIRE).compute(over, Insn.Op.GT, v, c(fibMax(n)))
                .branch(over, verdict, second);
        check.at(second).load(v, g("y"), Insn.Access.ACQUIRE).compute(over, Insn.Op.GT, v, c(fibMax(n)))
                .jump(verdict);
        check.at(verdict).compute(ok, Insn.Op.EQ, over, c(0))
                .insn(new Insn.Assert(ok, "BUG_ON(x > FIB_MAX || y > FIB_MAX)", p.span())).ret().done();
        IrBuilder.Fn spawn = p.function("spawn").entry(Insn.EntryKind.INIT);
        spawn.spawn("fib_x", new Value.Null()).spawn("fib_y", new Value.Null()).spawn("check", new Value.Null());
        return spawn.ret().done().build();
    }
}
