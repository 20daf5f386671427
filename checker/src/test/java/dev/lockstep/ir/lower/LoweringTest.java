package dev.lockstep.ir.lower;

import static dev.lockstep.sema.Ast.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.IntType;
import dev.lockstep.ir.IrPrinter;
import dev.lockstep.ir.Program;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoweringTest {

    static Program compile(Decl... decls) throws InputException {
        return new Compiler().compile(unit(decls));
    }

    static <T extends Insn> List<T> insns(Function f, Class<T> kind) {
        return f.blocks().stream().flatMap(b -> b.insns().stream()).filter(kind::isInstance).map(kind::cast).toList();
    }

    static <T extends Terminator> List<T> terminators(Function f, Class<T> kind) {
        return f.blocks().stream().map(b -> b.terminator()).filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void locksGetClassesAndSuccessRegistersOnlyWhenUsed() throws InputException {
        Program p = compile(spinlockT(), global(t("spinlock_t"), "dev_lock"),
                fn(t("int"), "f", List.of(),
                        expr(lock(addr(n("dev_lock")))),
                        local(t("int"), "ok", call("__ls_acquire", addr(n("dev_lock")), n("__LS_SPINLOCK"),
                                n("__LS_EXCLUSIVE"), n("__LS_TRY"), lit(0))),
                        expr(unlock(addr(n("dev_lock")))),
                        ret(n("ok"))));
        List<Insn.Acquire> acquires = insns(p.functions().get("f"), Insn.Acquire.class);
        assertEquals(2, acquires.size());
        assertNull(acquires.get(0).success());
        assertNotNull(acquires.get(1).success());
        assertEquals(Insn.Attempt.TRY, acquires.get(1).attempt());
        assertEquals("dev_lock", acquires.get(0).lockClass());
        assertEquals(new Value.Global("dev_lock"), acquires.get(0).lock());
        Insn.Release release = insns(p.functions().get("f"), Insn.Release.class).get(0);
        assertEquals(Insn.LockKind.SPINLOCK, release.kind());
    }

    @Test
    void onceAccessesHaveTheTypeOfTheObject() throws InputException {
        Program p = compile(global(t("short"), "x"), global(t("long"), "y"),
                fn(t("void"), "f", List.of(), expr(writeOnce(n("y"), readOnce(n("x"))))));
        Function f = p.functions().get("f");
        Insn.Load load = insns(f, Insn.Load.class).get(0);
        assertEquals(new IntType(16, true), load.type());
        assertEquals(Insn.Access.ONCE, load.access());
        Insn.Store store = insns(f, Insn.Store.class).get(0);
        assertEquals(IntType.LONG, store.type());
        assertEquals(new Value.Global("y"), store.address());
    }

    @Test
    void waitLoopsCollapseIntoAwait() throws InputException {
        Expr relax = call("__ls_fence", n("__LS_BARRIER"));
        Program p = compile(global(t("int"), "flag"), global(t("int"), "x"),
                fn(t("void"), "f", List.of(),
                        whiles(not(readOnce(n("flag"))), expr(relax)),
                        whiles(bin("==", readOnce(n("x")), lit(0)), empty())));
        Function f = p.functions().get("f");
        assertEquals(2, insns(f, Insn.Await.class).size());
        assertTrue(terminators(f, Terminator.LoopBack.class).isEmpty());
        assertTrue(insns(f, Insn.Fence.class).isEmpty());
        assertEquals(1, f.blocks().size(), IrPrinter.print(f));
    }

    @Test
    void loopsEndInCountedBackEdges() throws InputException {
        Program p = compile(global(t("int"), "x"),
                fn(t("void"), "f", List.of(),
                        local(t("int"), "i", lit(0)),
                        whiles(bin("<", n("i"), lit(10)), block(
                                expr(assign(n("i"), bin("+", n("i"), lit(1)))),
                                ifs(n("x"), new Stmt.Continue(at()), null),
                                ifs(bin("==", n("i"), lit(5)), new Stmt.Break(at()), null))),
                        new Stmt.For(null, bin("<", n("i"), lit(3)), new Expr.Postfix("++", n("i"), at()),
                                expr(writeOnce(n("x"), n("i"))), at())));
        Function f = p.functions().get("f");
        List<Terminator.LoopBack> backs = terminators(f, Terminator.LoopBack.class);
        assertEquals(3, backs.size(), IrPrinter.print(f));
        assertEquals(2, backs.stream().map(Terminator.LoopBack::loopId).distinct().count());
        assertTrue(insns(f, Insn.Await.class).isEmpty());
    }

    @Test
    void doWhileZeroIsNoLoop() throws InputException {
        Program p = compile(global(t("int"), "x"),
                fn(t("void"), "f", List.of(),
                        new Stmt.DoWhile(block(expr(writeOnce(n("x"), lit(1)))), lit(0), at())));
        Function f = p.functions().get("f");
        assertTrue(terminators(f, Terminator.LoopBack.class).isEmpty());
        assertEquals(1, insns(f, Insn.Store.class).size());
    }

    @Test
    void switchFallsThroughAndBreaks() throws InputException {
        Stmt body = block(
                new Stmt.Case(lit(1), null, expr(writeOnce(n("x"), lit(1))), at()),
                new Stmt.Case(lit(2), null, expr(writeOnce(n("x"), lit(2))), at()),
                new Stmt.Break(at()),
                new Stmt.Default(expr(writeOnce(n("x"), lit(3))), at()));
        Program p = compile(global(t("int"), "x"),
                fn(t("void"), "f", List.of(param(t("int"), "v")), new Stmt.Switch(n("v"), body, at())));
        Function f = p.functions().get("f");
        String text = IrPrinter.print(f);
        List<Insn.Compute> eqs = insns(f, Insn.Compute.class).stream().filter(c -> c.op() == Insn.Op.EQ).toList();
        assertEquals(2, eqs.size(), text);
        // case 1's block falls through into case 2's: a jump from the block storing 1 to the one storing 2
        var store1 = f.blocks().stream().filter(b -> b.insns().stream().anyMatch(i -> i instanceof Insn.Store s
                && s.value().equals(new Value.Const(1)))).findFirst().orElseThrow();
        var store2 = f.blocks().stream().filter(b -> b.insns().stream().anyMatch(i -> i instanceof Insn.Store s
                && s.value().equals(new Value.Const(2)))).findFirst().orElseThrow();
        assertEquals(List.of(store2.index()), store1.terminator().successors(), text);
    }

    @Test
    void backwardGotoIsALoopForwardGotoAJump() throws InputException {
        Program p = compile(global(t("int"), "x"),
                fn(t("int"), "f", List.of(),
                        new Stmt.Labeled("retry", expr(writeOnce(n("x"), lit(1))), at()),
                        ifs(readOnce(n("x")), new Stmt.Goto("retry", at()), null),
                        ifs(n("x"), new Stmt.Goto("out", at()), null),
                        expr(writeOnce(n("x"), lit(2))),
                        new Stmt.Labeled("out", ret(lit(0)), at())));
        Function f = p.functions().get("f");
        assertEquals(1, terminators(f, Terminator.LoopBack.class).size(), IrPrinter.print(f));
    }

    @Test
    void logicalAndShortCircuits() throws InputException {
        Program p = compile(global(t("int"), "a"), global(t("int"), "b"),
                fn(t("int"), "f", List.of(), ret(bin("&&", readOnce(n("a")), readOnce(n("b"))))));
        Function f = p.functions().get("f");
        // the load of b happens only when a was non-zero: it is in another block than a's
        var loads = f.blocks().stream().filter(b -> b.insns().stream().anyMatch(i -> i instanceof Insn.Load)).toList();
        assertEquals(2, loads.size(), IrPrinter.print(f));
        assertTrue(terminators(f, Terminator.Branch.class).size() >= 2);
    }

    @Test
    void addressTakenLocalsLiveInLocalObjects() throws InputException {
        Program p = compile(
                fn(t("void"), "g", List.of(param(ptr(t("int")), "p"))),
                fn(t("int"), "f", List.of(),
                        local(t("int"), "kept", lit(1)),
                        local(t("int"), "shared", lit(2)),
                        expr(call("g", addr(n("shared")))),
                        ret(bin("+", n("kept"), n("shared")))));
        Function f = p.functions().get("f");
        List<Insn.LocalObject> objects = insns(f, Insn.LocalObject.class);
        assertEquals(1, objects.size());
        assertEquals("shared", objects.get(0).name());
        assertEquals(new Value.FunctionRef("g"), insns(f, Insn.Call.class).get(0).callee());
    }

    @Test
    void narrowingAssignmentsConvert() throws InputException {
        Program p = compile(global(t("unsigned char"), "c"),
                fn(t("void"), "f", List.of(param(t("int"), "v")), expr(assign(n("c"), n("v")))));
        Function f = p.functions().get("f");
        Insn.Compute move = insns(f, Insn.Compute.class).get(0);
        assertEquals(Insn.Op.MOVE, move.op());
        assertEquals(new IntType(8, false), move.type());
        assertEquals(new IntType(8, false), insns(f, Insn.Store.class).get(0).type());
    }

    @Test
    void callsThroughPointersUseARegisterAndUnknownFunctionsHaveNoEffect() throws InputException {
        var fnType = new dev.lockstep.frontend.ast.TypeRef.Function(t("int"), List.of(),
                dev.lockstep.frontend.ast.TypeRef.Variadic.FIXED, at());
        Program p = compile(
                fn(t("void"), "f", List.of(param(ptr(fnType), "cb")),
                        expr(new Expr.Call(n("cb"), List.of(), at())),
                        expr(call("printk", str("x")))));
        Function f = p.functions().get("f");
        List<Insn.Call> calls = insns(f, Insn.Call.class);
        assertEquals(1, calls.size());
        assertInstanceOf(Value.Reg.class, calls.get(0).callee());
    }

    @Test
    void globalsGetStaticInitialValues() throws InputException {
        Expr.InitList devInit = new Expr.InitList(List.of(
                new Expr.InitItem(List.of(new Expr.Designator.Field("b", at())), lit(7), at()),
                new Expr.InitItem(List.of(), addr(n("x")), at())), at());
        Program p = compile(
                structDecl("dev", field(t("int"), "a"), field(t("int"), "b"), field(ptr(t("int")), "p")),
                fn(t("void"), "handler", List.of()),
                global(t("int"), "x", lit(300)),
                global(t("char"), "c", lit(300)),
                global(struct("dev"), "d", devInit),
                global(ptr(t("void")), "h", n("handler")),
                global(ptr(t("int")), "px", addr(dot(n("d"), "a"))));
        var byName = new java.util.LinkedHashMap<String, Program.Init>();
        p.globals().forEach(g -> byName.put(g.name(), g.init()));
        assertEquals(new Program.Init.Scalar(300), byName.get("x"));
        assertEquals(new Program.Init.Scalar(44), byName.get("c"));
        Program.Init.Aggregate d = (Program.Init.Aggregate) byName.get("d");
        assertEquals(new Program.Init.Scalar(7), d.members().get("b"));
        assertEquals(new Program.Init.Address(new Value.Global("x"), List.of()), d.members().get("p"));
        assertEquals(new Program.Init.Address(new Value.FunctionRef("handler"), List.of()), byName.get("h"));
        assertEquals(new Program.Init.Address(new Value.Global("d"), List.of("a")), byName.get("px"));
    }

    @Test
    void contractsCarryEntriesAndLockClasses() throws InputException {
        Program p = compile(spinlockT(), global(t("spinlock_t"), "dev_lock"),
                fn(List.of(ann("__hardirq", arg("cpu", lit(1))), ann("__acquires", arg(null, n("dev_lock")))),
                        t("void"), "f", List.of(), expr(lock(addr(n("dev_lock"))))));
        var c = p.functions().get("f").contract();
        assertEquals(List.of(new dev.lockstep.ir.Contract.EntryPoint(Insn.EntryKind.HARDIRQ, 1, 1, -1)), c.entries());
        assertEquals(List.of("dev_lock"), c.acquires());
    }

    @Test
    void stdlibInlineFunctionsAreExpandedAtTheCallAndUnusedOnesNotLowered() throws InputException {
        Program p = compile(
                inlineFn(t("void"), "used", List.of()),
                inlineFn(t("void"), "unused", List.of()),
                fn(t("void"), "f", List.of(), expr(call("used"))));
        assertEquals(List.of("f"), List.copyOf(p.functions().keySet()));
        assertTrue(p.functions().get("f").blocks().stream().flatMap(b -> b.insns().stream())
                .noneMatch(i -> i instanceof Insn.Call), "the call of the stdlib's 'used' is expanded in place");
    }

    @Test
    void badIntrinsicConstantIsAnError() {
        InputException e = assertThrows(InputException.class, () -> compile(global(t("int"), "l"),
                fn(t("void"), "f", List.of(param(t("int"), "k")),
                        expr(call("__ls_acquire", addr(n("l")), n("k"), n("__LS_EXCLUSIVE"), n("__LS_BLOCKING"),
                                lit(0))))));
        assertEquals("intrinsic __ls_acquire expects a constant lock kind", e.diagnostics().get(0).message());
    }

    @Test
    void constantsFoldWithCSignedness() throws InputException {
        Expr minusOne = new Expr.Unary("-", lit(1), at());
        Expr unsignedMinusOne = new Expr.Cast(t("unsigned int"), new Expr.Unary("-", lit(1), at()), at());
        Program p = compile(fn(t("int"), "f", List.of(),
                ret(bin("+", bin(">", unsignedMinusOne, lit(0)), bin("<", minusOne, lit(0))))));
        Function f = p.functions().get("f");
        assertEquals(new Terminator.Return(new Value.Const(2), at()), f.blocks().get(0).terminator());
        assertTrue(insns(f, Insn.Compute.class).isEmpty(), IrPrinter.print(f));
    }
}
