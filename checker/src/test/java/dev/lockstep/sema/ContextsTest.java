package dev.lockstep.sema;

import static dev.lockstep.sema.Ast.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Expr;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextsTest {

    private static SemanticModel analyze(dev.lockstep.frontend.ast.Decl... decls) throws InputException {
        return new Analyzer().analyze(unit(decls));
    }

    @Test
    void annotationsAndSynonymsWithPlacement() throws InputException {
        SemanticModel m = analyze(
                fn(List.of(ann("__irq", arg("cpu", lit(0)), arg("times", lit(2)))), t("void"), "h", List.of()),
                fn(List.of(ann("__thread", arg("instances", lit(3)))), t("void"), "w", List.of()),
                fn(List.of(ann("__tasklet")), t("void"), "tl", List.of()),
                fn(List.of(ann("__bh")), t("void"), "b", List.of()));
        assertEquals(new EntrySpec(ContextKind.HARDIRQ, 0, 1, 2), m.entriesOf("h").get(0).spec());
        assertEquals(new EntrySpec(ContextKind.PROCESS, -1, 3, -1), m.entriesOf("w").get(0).spec());
        assertEquals(ContextKind.TASKLET, m.entriesOf("tl").get(0).spec().kind());
        assertEquals(ContextKind.SOFTIRQ, m.entriesOf("b").get(0).spec().kind());
    }

    @Test
    void functionsRunInTheContextsOfTheirCallers() throws InputException {
        SemanticModel m = analyze(
                fn(t("void"), "leaf", List.of()),
                fn(t("void"), "helper", List.of(), expr(call("leaf"))),
                fn(List.of(ann("__hardirq")), t("void"), "irq", List.of(), expr(call("helper"))),
                fn(List.of(ann("__process")), t("void"), "work", List.of(), expr(call("leaf"))),
                fn(t("void"), "orphan", List.of()));
        FunctionContexts leaf = m.contexts("leaf");
        assertEquals(List.of("irq", "helper", "leaf"), leaf.chains().get(ContextKind.HARDIRQ));
        assertEquals(List.of("work", "leaf"), leaf.chains().get(ContextKind.PROCESS));
        assertEquals(List.of(ContextKind.PROCESS, ContextKind.HARDIRQ), List.copyOf(leaf.kinds()));
        assertTrue(m.contexts("orphan").kinds().isEmpty());
        assertEquals(java.util.Set.of("leaf"), m.callees("helper"));
    }

    @Test
    void fileScopeRegistrationsAreStaticEntries() throws InputException {
        SemanticModel m = analyze(
                fn(t("int"), "my_init", List.of(), ret(lit(0))),
                entry("__init", "my_init"));
        EntryOrigin e = m.entriesOf("my_init").get(0);
        assertEquals(ContextKind.INIT, e.spec().kind());
        assertEquals(EntryOrigin.Binding.STATIC, e.binding());
    }

    @Test
    void registrationThroughHelperParametersIsFollowed() throws InputException {
        // kthread_run as a helper passing fn on; request_irq as a helper of a helper
        SemanticModel m = analyze(
                inlineFn(t("void"), "spawn_it", List.of(param(ptr(t("void")), "fn"), param(ptr(t("void")), "arg")),
                        expr(call("__ls_spawn", n("fn"), n("arg"), str("t")))),
                inlineFn(t("int"), "register_irq", List.of(param(ptr(t("void")), "handler")),
                        expr(call("__ls_register", n("__LS_HARDIRQ"), n("handler"), lit(0))), ret(lit(0))),
                inlineFn(t("int"), "request", List.of(param(t("int"), "irq"), param(ptr(t("void")), "h")),
                        ret(call("register_irq", n("h")))),
                fn(t("int"), "thread", List.of(param(ptr(t("void")), "a")), ret(lit(0))),
                fn(t("void"), "handler", List.of()),
                fn(List.of(ann("__init")), t("void"), "setup", List.of(),
                        expr(call("spawn_it", n("thread"), lit(0))),
                        expr(call("request", lit(5), addr(n("handler"))))));
        assertEquals(ContextKind.PROCESS, m.entriesOf("thread").get(0).spec().kind());
        assertEquals(EntryOrigin.Binding.DYNAMIC, m.entriesOf("thread").get(0).binding());
        assertEquals(ContextKind.HARDIRQ, m.entriesOf("handler").get(0).spec().kind());
        assertTrue(m.contexts("handler").runsIn(ContextKind.HARDIRQ));
        assertTrue(m.contexts("thread").runsIn(ContextKind.PROCESS));
        assertFalse(m.contexts("thread").runsIn(ContextKind.INIT));
    }

    @Test
    void directIntrinsicRegistration() throws InputException {
        SemanticModel m = analyze(
                fn(t("void"), "tl", List.of(param(t("unsigned long"), "data"))),
                fn(List.of(ann("__init")), t("void"), "setup", List.of(),
                        expr(call("__ls_register", n("__LS_TASKLET"), n("tl"), lit(0)))));
        assertEquals(ContextKind.TASKLET, m.entriesOf("tl").get(0).spec().kind());
    }

    @Test
    void functionsAssignedToAnAnnotatedMemberRunInItsContext() throws InputException {
        SemanticModel m = analyze(
                structDecl("input_dev", field(ptr(t("void")), "open", ann("__process")),
                        field(ptr(t("void")), "priv")),
                fn(t("int"), "dev_open", List.of(param(ptr(struct("input_dev")), "d")), ret(lit(0))),
                fn(t("int"), "dev_helper", List.of(param(ptr(struct("input_dev")), "d")), ret(lit(0))),
                fn(List.of(ann("__init")), t("void"), "setup", List.of(param(ptr(struct("input_dev")), "d")),
                        expr(assign(arrow(n("d"), "open"), n("dev_open"))),
                        expr(assign(arrow(n("d"), "priv"), n("dev_helper")))));
        assertEquals(ContextKind.PROCESS, m.entriesOf("dev_open").get(0).spec().kind());
        assertEquals(List.of(), m.entriesOf("dev_helper"), "a member without a context annotation makes no entry");
    }

    @Test
    void fileOperationsMembersRunInProcessContext() throws InputException {
        Expr.InitList fops = new Expr.InitList(List.of(
                new Expr.InitItem(List.of(new Expr.Designator.Field("read", at())), n("dev_read"), at())), at());
        SemanticModel m = analyze(
                structDecl("file_operations", field(ptr(t("void")), "read", ann("__process"))),
                fn(t("long"), "dev_read", List.of(), ret(lit(0))),
                global(struct("file_operations"), "fops", fops));
        assertEquals(ContextKind.PROCESS, m.entriesOf("dev_read").get(0).spec().kind());
        assertEquals(Map.of(ContextKind.PROCESS, List.of("dev_read")), m.contexts("dev_read").chains());
    }

    @Test
    void callsThroughPointersReachAddressTakenFunctionsOfTheSameArity() throws InputException {
        SemanticModel m = analyze(
                fn(t("void"), "cb", List.of(param(t("int"), "x"))),
                fn(t("void"), "other", List.of()),
                global(ptr(new dev.lockstep.frontend.ast.TypeRef.Function(t("void"),
                        List.of(param(t("int"), "x")), dev.lockstep.frontend.ast.TypeRef.Variadic.FIXED, at())), "fp"),
                fn(List.of(ann("__softirq")), t("void"), "run", List.of(),
                        expr(assign(n("fp"), n("cb"))),
                        expr(new Expr.Call(n("fp"), List.of(lit(1)), at()))));
        assertTrue(m.contexts("cb").runsIn(ContextKind.SOFTIRQ));
        assertFalse(m.contexts("other").runsIn(ContextKind.SOFTIRQ));
    }
}
