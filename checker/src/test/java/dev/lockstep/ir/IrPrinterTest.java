package dev.lockstep.ir;

import static dev.lockstep.sema.Ast.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.InputException;
import dev.lockstep.ir.lower.Compiler;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrPrinterTest {

    private static Program program() throws InputException {
        return new Compiler().compile(unit(
                spinlockT(),
                global(t("spinlock_t"), "l"),
                global(t("int"), "count", lit(3)),
                fn(List.of(ann("__process")), t("void"), "f", List.of(param(t("int"), "n")),
                        expr(lock(addr(n("l")))),
                        whiles(bin(">", n("n"), lit(0)), block(
                                expr(assign(n("count"), bin("+", n("count"), n("n")))),
                                expr(assign(n("n"), bin("-", n("n"), lit(1)))))),
                        expr(unlock(addr(n("l")))))));
    }

    @Test
    void printsGlobalsBlocksAndInstructions() throws InputException {
        String expected = """
                global spinlock_t @l
                global int @count = 3

                function f(%0(n)) [entry process(cpu=-1, instances=1, times=-1)] {
                b0:
                  acquire.spinlock.exclusive.blocking @l <l>
                  jump b1
                b1:
                  %1 = gt i32 %0(n), 0
                  branch %1 ? b2 : b3
                b2:
                  %2 = load.plain i32 @count
                  %3 = add i32 %2, %0(n)
                  store.plain i32 @count, %3
                  %4 = sub i32 %0(n), 1
                  %0(n) = move i32 %4
                  loopback b1 loop0
                b3:
                  release.spinlock.exclusive @l <l>
                  return
                }
                """;
        assertEquals(expected, IrPrinter.print(program()));
    }

    @Test
    void sameInputSameText() throws InputException {
        assertEquals(IrPrinter.print(program()), IrPrinter.print(program()));
    }
}
