package dev.lockstep.sema;

import static dev.lockstep.sema.Ast.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockClassesTest {

    private final Expr global = addr(n("dev_lock"));
    private final Expr member = addr(arrow(n("d"), "lock"));
    private final Expr dotMember = addr(dot(n("dev"), "lock"));
    private final Expr nested = addr(dot(arrow(n("d"), "inner"), "lock"));
    private final Expr element = addr(index(n("locks"), n("i")));
    private final Expr param = n("l");

    private SemanticModel model() throws InputException {
        return new Analyzer().analyze(unit(
                spinlockT(),
                structDecl("inner", field(t("spinlock_t"), "lock")),
                structDecl("dev", field(t("spinlock_t"), "lock"), field(struct("inner"), "inner")),
                global(t("spinlock_t"), "dev_lock"),
                global(struct("dev"), "dev"),
                global(array(t("spinlock_t"), 4), "locks"),
                fn(t("void"), "f", List.of(param(ptr(struct("dev")), "d"), param(ptr(t("spinlock_t")), "l"),
                        param(t("int"), "i")),
                        expr(global), expr(member), expr(dotMember), expr(nested), expr(element), expr(param))));
    }

    @Test
    void namesClassesAsLockdepDoes() throws InputException {
        LockClasses classes = new LockClasses(model());
        assertEquals("dev_lock", classes.ofPointer(global));
        assertEquals("struct dev::lock", classes.ofPointer(member));
        assertEquals("struct dev::lock", classes.ofPointer(dotMember));
        assertEquals("struct dev::inner.lock", classes.ofPointer(nested));
        assertEquals("locks[]", classes.ofPointer(element));
        assertEquals("spinlock_t *l", classes.ofPointer(param));
    }

    @Test
    void contractArgumentsNameTheLockObject() throws InputException {
        SemanticModel m = model();
        LockClasses classes = new LockClasses(m);
        assertEquals("struct dev::lock", classes.ofContractArgument(((Expr.Unary) member).operand()));
        assertEquals("dev_lock", classes.ofContractArgument(((Expr.Unary) global).operand()));
        assertEquals("spinlock_t *l", classes.ofContractArgument(param));
    }
}
