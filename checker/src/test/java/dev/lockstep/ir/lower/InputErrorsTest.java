package dev.lockstep.ir.lower;

import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wrong programs end in positioned diagnostics, never in a crash. */
class InputErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int v; void f(void) { v(); }                      | called object is not a function",
        "int v; void f(void) { v.a = 1; }                  | member reference base type 'int' is not a structure or union",
        "int v; void f(void) { *v = 1; }                   | indirection requires pointer operand ('int' invalid)",
        "void f(void) { 1 = 2; }                           | expression is not assignable",
        "void f(void) { break; }                           | 'break' statement not in loop or switch statement",
        "void f(void) { continue; }                        | 'continue' statement not in loop statement",
        "void f(void) { goto nowhere; }                    | use of undeclared label 'nowhere'",
        "void f(void) { undeclared = 1; }                  | use of undeclared identifier 'undeclared'",
        "int a[2]; int v; void f(void) { v[1] = 0; }       | subscripted value is not an array or pointer",
        "void f(int n) { __ls_fence(n); }                  | intrinsic __ls_fence expects a constant fence",
        "void f(void) { __ls_load(0); }                    | intrinsic __ls_load expects 2 arguments, given 1",
        "int x = 1; int *p = &x + 1;                       | initializer element is not a compile-time constant",
    })
    void reportsAtTheUsersLine(String code, String message) {
        InputException e = assertThrows(InputException.class, () -> Sources.compile(code));
        assertEquals(message, e.diagnostics().get(0).message(), e.diagnostics().toString());
        assertEquals(1, e.diagnostics().get(0).span().line());
    }
}
