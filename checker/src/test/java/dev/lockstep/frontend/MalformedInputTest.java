package dev.lockstep.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad inputs fail with an InputException at the exact position, with a message in plain words. */
class MalformedInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("missing-semicolon.c", "void f(void)\n{\n\tx = 1\n\ty = 2;\n}\n", "3:7", "expected ';' after expression"),
                bad("semicolon-at-eof.c", "int x = 1", "1:10", "expected ';' after declaration"),
                bad("unbalanced-open.c", "void f(void)\n{\n\tif (x) {\n\t\ty();\n}\n", "5:2", "expected '}' at end of input"),
                bad("unbalanced-close.c", "void f(void)\n{\n}\n}\n", "4:1", "expected declaration before '}'"),
                bad("missing-paren.c", "void f(void)\n{\n\tif (x {\n\t}\n}\n", "3:8", "expected ')' before '{'"),
                bad("missing-operand.c", "int f(void)\n{\n\treturn 1 + ;\n}\n", "3:13", "expected expression before ';'"),
                bad("unterminated-comment.c", "int x;\n/* never closed\nint y;\n", "2:1", "unterminated comment"),
                bad("unterminated-if.c", "#if 1\nint x;\n", "2:7", "missing #endif for #if at 1:1"),
                bad("bad-include.c", "#include linux/spinlock.h\nint x;\n", "1:1", "#include expects \"FILENAME\" or <FILENAME>"),
                bad("annotation-colon.c", "__hardirq(cpu: 0) void isr(void)\n{\n}\n", "1:14", "expected ')' before ':'"),
                bad("annotation-key.c", "__hardirq(core = 0) void isr(void)\n{\n}\n", "1:11",
                        "unknown argument 'core' of __hardirq: expected cpu, instances, times or threaded"),
                bad("annotation-positional.c", "__process(2) int worker(void *arg)\n{\n\treturn 0;\n}\n", "1:11",
                        "expected 'cpu = N', 'instances = N', 'times = N' or 'threaded = 0' in __process(...)"),
                bad("contract-keyed.c", "void f(void) __acquires(lock = 1);\n", "1:25",
                        "__acquires takes lock expressions, not 'lock = ...'"),
                bad("error-in-macro.c", "#define BAD(x) ((x) + )\nint f(void)\n{\n\treturn BAD(1);\n}\n", "4:9",
                        "expected expression before ')'"),
                bad("macro-unbalanced.c", "#define LOCK(l) take_lock(l\nvoid f(void)\n{\n\tLOCK(&x);\n}\n", "4:10",
                        "expected ')' before ';'"),
                bad("macro-arity.c", "#define TWO(a, b) a + b\nint x = TWO(1);\n", "2:9", "macro 'TWO' requires 2 arguments, but 1 given"),
                bad("macro-unterminated.c", "#define ID(a) a\nint x = ID(1;\n", "2:9", "unterminated argument list invoking macro 'ID'"),
                bad("error-directive.c", "#error stop here\n", "1:1", "#error stop here"),
                bad("else-without-if.c", "int x;\n#else\n", "2:1", "#else without #if"),
                bad("stray.c", "int x = 1 @ 2;\n", "1:11", "stray '@' in program"),
                bad("unterminated-string.c", "char *s = \"abc;\n", "1:11", "missing terminating \" character"),
                bad("unknown-directive.c", "#frobnicate\n", "1:1", "invalid preprocessing directive #frobnicate"),
                bad("float.c", "int x = 1.5;\n", "1:9", "floating-point constants are not supported"),
                bad("call-args.c", "void f(void) { g(1, 2; }\n", "1:22", "expected ')' before ';'"),
                bad("entry.c", "__entry(setup);\n", "1:9", "expected annotation before 'setup'"),
                bad("define-params.c", "#define F(a,) a\n", "1:13", "expected parameter name, found ')'"),
                bad("params.c", "int f(int a\n{\n\treturn a;\n}\n", "2:1", "expected ')' before '{'"),
                bad("for-clause.c", "static int __init setup(void)\n{\n\tfor (i = 0; i < 3 i++)\n\t\t;\n}\n", "3:20",
                        "expected ';' before 'i'"),
                bad("case-colon.c", "void f(void)\n{\n\tswitch (x) {\n\tcase 1\n\t\tbreak;\n\t}\n}\n", "5:3",
                        "expected '...' or ':' before 'break'"),
                bad("goto.c", "void f(void)\n{\n\tgoto ;\n}\n", "3:7", "expected identifier before ';'"),
                bad("if-expression.c", "#if 1 +\n#endif\n", "1:8", "expected expression at end of input"),
                bad("body-at-eof.c", "int f(void)\n{\n\treturn 0;\n", "3:11", "expected '}' at end of input"),
                bad("no-condition.litmus", "C bad\n{ x=0; }\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1);\n}\n", "6:2",
                        "missing final condition: exists, ~exists or forall"),
                bad("clause-word.litmus", "C bad\n{ x=0; }\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1);\n}\nexist (x=1)\n", "7:1",
                        "expected 'exists', '~exists', 'forall', 'filter' or 'locations' before 'exist'"),
                bad("process-body.litmus", "C bad\n{ x=0; }\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1)\n}\nexists (x=1)\n", "5:19",
                        "expected ';' after expression"),
                bad("condition.litmus", "C bad\n{ x=0; }\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1);\n}\nexists (x=1 /\\ )\n", "7:16",
                        "expected a condition such as 0:r0=1 before ')'"));
    }

    private static Arguments bad(String name, String text, String position, String message) {
        return Arguments.of(name, text, position, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsPositionAndMessage(String name, String text, String position, String message) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        LockstepFrontend frontend = Frontends.create(new FrontendOptions(List.of(dir), null, Map.of()));
        InputException e = assertThrows(InputException.class,
                () -> {
                    if (name.endsWith(".litmus")) {
                        frontend.parseLitmus(file);
                    } else {
                        frontend.parseC(file);
                    }
                });
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertEquals(position, d.span().line() + ":" + d.span().column(), d.toString());
        assertEquals(message, d.message(), d.toString());
        assertEquals(file.toString(), d.span().file(), d.toString());
    }

    @Test
    void deepNestingIsRefusedWithAPosition() throws IOException {
        Path file = dir.resolve("deep.c");
        Files.writeString(file, "int x = " + "(".repeat(300) + "1" + ")".repeat(300) + ";\n");
        InputException e = assertThrows(InputException.class,
                () -> Frontends.create(new FrontendOptions(List.of(dir), null, Map.of())).parseC(file));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("1:265", d.span().line() + ":" + d.span().column());
        assertEquals("parentheses, brackets and braces nested more than 256 deep", d.message());
    }

    @Test
    void includeCycleIsReportedNotOverflowed() throws IOException {
        Files.writeString(dir.resolve("self.h"), "#include \"self.h\"\n");
        Path file = dir.resolve("cycle.c");
        Files.writeString(file, "#include \"self.h\"\nint x;\n");
        InputException e = assertThrows(InputException.class,
                () -> Frontends.create(new FrontendOptions(List.of(dir), null, Map.of())).parseC(file));
        assertEquals("#include nested too deeply", e.diagnostics().get(0).message());
    }

    @Test
    void unreadableFileIsAnInputException() {
        Path missing = dir.resolve("missing.c");
        InputException e = assertThrows(InputException.class,
                () -> Frontends.create(new FrontendOptions(List.of(dir), null, Map.of())).parseC(missing));
        assertTrue(e.diagnostics().get(0).message().startsWith("cannot read file: "), e.getMessage());
        assertEquals("1:1", e.diagnostics().get(0).span().line() + ":" + e.diagnostics().get(0).span().column());
    }

    @Test
    void includeOutsideTheRootsResolvesNowhere() throws IOException, InputException {
        Path inner = Files.createDirectories(dir.resolve("inner"));
        Files.writeString(dir.resolve("secret.h"), "int leaked;\n");
        Path file = inner.resolve("main.c");
        Files.writeString(file, "#include \"../secret.h\"\nint x;\n");
        Frontend.CFile parsed = Frontends.create(new FrontendOptions(List.of(inner), null, Map.of())).parseC(file);
        assertEquals(1, parsed.unit().decls().size());
        assertEquals(Diagnostic.Severity.NOTE, parsed.notes().get(0).severity());
        assertEquals("1:1", parsed.notes().get(0).span().line() + ":" + parsed.notes().get(0).span().column());
    }

    private InputException refused(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return assertThrows(InputException.class,
                () -> Frontends.create(new FrontendOptions(List.of(dir), null, Map.of())).parseC(file));
    }

    @Test
    void anExpressionThousandsOfOperatorsDeepIsRefusedWithAPosition() throws IOException {
        InputException e = refused("sum.c", "int x;\nint y = x" + " + x".repeat(5_000) + ";\n");
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("2:9", d.span().line() + ":" + d.span().column());
        assertEquals("expression nested more than 4096 operators deep", d.message());
    }

    @Test
    void statementsThousandsDeepAreRefusedWithAPosition() throws IOException {
        InputException e = refused("loops.c", "int x;\nvoid f(void)\n{\n" + "for (;x;) ".repeat(5_000) + "x--;\n}\n");
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(4, d.span().line());
        assertEquals("statements nested more than 4096 deep", d.message());
    }

    @Test
    void headersIncludingEachOtherTwiceWithoutGuardsAreRefused() throws IOException {
        int levels = 20;
        for (int i = 0; i < levels; i++) {
            String next = i + 1 < levels ? "#include \"h" + (i + 1) + ".h\"\n" : "";
            Files.writeString(dir.resolve("h" + i + ".h"), next + next);
        }
        InputException e = refused("fanout.c", "#include \"h0.h\"\nint x;\n");
        assertEquals("more than 10000 inclusions: headers include each other without include guards",
                e.diagnostics().get(0).message());
    }

    @Test
    void aMacroThatDoublesAtEachLevelIsRefused() throws IOException {
        StringBuilder text = new StringBuilder("#define L0 1\n");
        for (int i = 1; i <= 60; i++) {
            text.append("#define L").append(i).append(" L").append(i - 1).append(" + L").append(i - 1).append('\n');
        }
        InputException e = refused("doubling.c", text.append("int y = L60;\n").toString());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("62:9", d.span().line() + ":" + d.span().column());
        assertEquals("macro expansion of 'L60' grows beyond 2000000 tokens", d.message());
    }

    @Test
    void anIncludeNameNoFileCanHaveResolvesNowhere() throws IOException, InputException {
        Path file = dir.resolve("nul.c");
        Files.writeString(file, "#include \"a.h\u0000b\"\nint x;\n");
        Frontend.CFile parsed = Frontends.create(new FrontendOptions(List.of(dir), null, Map.of())).parseC(file);
        assertEquals(1, parsed.unit().decls().size());
        assertTrue(parsed.notes().get(0).message().contains("resolves nowhere"), parsed.notes().toString());
    }
}
