package dev.lockstep.sema;

import static dev.lockstep.sema.Ast.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemaTest {

    private static SemanticModel analyze(dev.lockstep.frontend.ast.Decl... decls) throws InputException {
        return new Analyzer().analyze(unit(decls));
    }

    @Test
    void resolvesLocalsWithBlockScoping() throws InputException {
        Expr.Name outer = n("x");
        Expr.Name inner = n("x");
        Expr.Name global = n("x");
        SemanticModel m = analyze(
                global(t("long"), "x"),
                fn(t("void"), "f", List.of(),
                        expr(global),
                        local(t("int"), "x", lit(1)),
                        block(local(t("char"), "x"), expr(inner)),
                        expr(outer)));
        assertInstanceOf(Symbol.Global.class, m.bindings().symbolOf(global));
        assertEquals("long", m.typeOf(global).display());
        assertEquals("int", m.typeOf(outer).display());
        assertEquals("char", m.typeOf(inner).display());
        assertNotEquals(m.bindings().symbolOf(outer), m.bindings().symbolOf(inner));
    }

    @Test
    void typesMembersPointersAndArithmetic() throws InputException {
        Expr.Member member = arrow(n("d"), "count");
        Expr.Binary sum = bin("+", member, lit(1));
        Expr.Binary ptrSum = bin("+", n("d"), lit(1));
        Expr.Index elem = index(n("arr"), lit(2));
        Expr.Binary cmp = bin("<", n("u"), lit(3));
        SemanticModel m = analyze(
                structDecl("dev", field(t("unsigned long"), "count"), field(t("u8"), "flag")),
                global(array(t("u16"), 4), "arr"),
                fn(t("void"), "f", List.of(param(ptr(struct("dev")), "d"), param(t("unsigned"), "u")),
                        expr(sum), expr(ptrSum), expr(elem), expr(cmp)));
        assertEquals("unsigned long", m.typeOf(member).display());
        assertEquals("unsigned long", m.typeOf(sum).display());
        assertEquals("struct dev *", m.typeOf(ptrSum).display());
        assertEquals("u16", m.typeOf(elem).display());
        assertEquals(16, ((CType.Int) m.typeOf(elem).resolved()).bits());
        assertEquals("int", m.typeOf(cmp).display());
    }

    @Test
    void kernelTypedefsKeepTheirNames() throws InputException {
        Expr.Name l = n("l");
        SemanticModel m = analyze(spinlockT(), typedef(t("unsigned char"), "u8"),
                fn(t("void"), "f", List.of(param(ptr(t("spinlock_t")), "l")), expr(l)));
        assertEquals("spinlock_t *", m.typeOf(l).display());
        assertTrue(Types.isPointer(m.typeOf(l)));
        assertEquals(32, ((CType.Int) Types.pointee(m.typeOf(l)).resolved()).bits());
    }

    @Test
    void enumeratorsHaveValuesAndSizeofIsConstant() throws InputException {
        Expr.SizeofType size = new Expr.SizeofType(struct("s"), at());
        SemanticModel m = analyze(enumDecl("e", "A", "B", "C"),
                structDecl("s", field(t("char"), "c"), field(t("long"), "l")),
                fn(t("void"), "f", List.of(), expr(size)));
        assertEquals(16, m.constants().eval(size).getAsLong());
    }

    @Test
    void undeclaredIdentifierIsAnErrorAtItsSpan() {
        Span where = line(42);
        InputException e = assertThrows(InputException.class, () -> analyze(
                fn(t("void"), "f", List.of(), expr(new Expr.Name("foo", where)))));
        assertEquals("use of undeclared identifier 'foo'", e.diagnostics().get(0).message());
        assertEquals(where, e.diagnostics().get(0).span());
    }

    @Test
    void missingMemberIsAnError() {
        InputException e = assertThrows(InputException.class, () -> analyze(
                structDecl("dev", field(t("int"), "a")),
                fn(t("void"), "f", List.of(param(ptr(struct("dev")), "d")), expr(arrow(n("d"), "x")))));
        assertEquals("no member named 'x' in 'struct dev'", e.diagnostics().get(0).message());
    }

    @Test
    void callingANonFunctionIsAnError() {
        InputException e = assertThrows(InputException.class, () -> analyze(
                global(t("int"), "v"),
                fn(t("void"), "f", List.of(), expr(call("v")))));
        assertEquals("called object is not a function", e.diagnostics().get(0).message());
    }

    @Test
    void undeclaredFunctionIsRecordedAsAnImplicitCall() throws InputException {
        SemanticModel m = analyze(fn(t("void"), "f", List.of(), expr(call("printk", str("hi")))));
        assertEquals("printk", m.implicitCalls().get(0).name());
    }

    @Test
    void registerNeedsAConstantContext() {
        InputException e = assertThrows(InputException.class, () -> analyze(
                fn(t("void"), "h", List.of()),
                fn(t("void"), "f", List.of(param(t("int"), "c")),
                        expr(call("__ls_register", n("c"), n("h"), lit(0))))));
        assertEquals("intrinsic __ls_register expects a constant context", e.diagnostics().get(0).message());
    }

    @Test
    void undeclaredGotoLabelIsAnError() {
        InputException e = assertThrows(InputException.class, () -> analyze(
                fn(t("void"), "f", List.of(), new Stmt.Goto("out", at()))));
        assertEquals("use of undeclared label 'out'", e.diagnostics().get(0).message());
    }

    @Test
    void multiDimensionalArraysDisplayAsCSpellsThem() throws InputException {
        Expr.Name g = n("grid");
        SemanticModel m = analyze(global(array(array(t("int"), 3), 2), "grid"),
                fn(t("void"), "f", List.of(), expr(g)));
        assertEquals("int[2][3]", m.typeOf(g).display());
        assertEquals(24, m.types().sizeOf(m.typeOf(g)));
    }
}
