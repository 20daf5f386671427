package dev.lockstep.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.frontend.ast.TypeRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where tokens come from: macro expansions point at the macro's use, stdlib headers at themselves. */
class PreprocessorTest {

    @TempDir
    Path dir;

    private Path stdlib;

    @BeforeEach
    void writeStdlib() throws IOException {
        stdlib = Files.createDirectories(dir.resolve("stdlib"));
        Files.createDirectories(stdlib.resolve("linux"));
        Files.createDirectories(stdlib.resolve("lockstep"));
        Files.writeString(stdlib.resolve("linux/spinlock.h"), """
                #ifndef _LINUX_SPINLOCK_H
                #define _LINUX_SPINLOCK_H
                #include "types.h"
                typedef struct { int raw; } spinlock_t;
                #define spin_lock(l) __ls_acquire(l, 0, 0, 0, 0)
                #endif
                """);
        Files.writeString(stdlib.resolve("linux/types.h"), """
                #pragma once
                typedef unsigned int u32;
                """);
        Files.writeString(stdlib.resolve("lockstep/litmus.h"), """
                #include <linux/spinlock.h>
                #define WRITE_ONCE(x, v) __ls_store(&(x), v, 1)
                """);
    }

    private LockstepFrontend frontend(Map<String, String> defines) {
        return Frontends.create(new FrontendOptions(List.of(dir), stdlib, defines));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void expansionCarriesTheSpanOfTheMacroUse() throws IOException, InputException {
        Path file = write("use.c", """
                #include <linux/spinlock.h>
                #include <linux/spinlock.h>
                spinlock_t lock;
                void f(void)
                {
                \tspin_lock(&lock);
                }
                """);
        List<Decl> decls = frontend(Map.of()).parseC(file).unit().decls();
        Decl.StructDecl header = assertInstanceOf(Decl.StructDecl.class, decls.get(1));
        assertEquals("stdlib/linux/spinlock.h", header.span().file());
        assertEquals(4, header.span().line());
        assertEquals("stdlib/linux/types.h", decls.get(0).span().file());
        assertEquals(5, decls.size(), "include guard and #pragma once keep each header once: " + decls);
        Decl.Function f = assertInstanceOf(Decl.Function.class, decls.get(4));
        Stmt.ExprStmt stmt = assertInstanceOf(Stmt.ExprStmt.class, f.body().items().get(0));
        Expr.Call call = assertInstanceOf(Expr.Call.class, stmt.expr());
        assertEquals("__ls_acquire", ((Expr.Name) call.callee()).name());
        assertEquals(new Span(file.toString(), 6, 2, 6, 18), call.span());
        assertEquals(new Span(file.toString(), 6, 2, 6, 18), call.args().get(0).span());
    }

    @Test
    void commandLineDefinesAndConditionals() throws IOException, InputException {
        Path file = write("defines.c", """
                #if N > 2 && defined(DEBUG) && DEBUG == 1
                int a[N];
                #elif N
                int b;
                #else
                int c;
                #endif
                """);
        Map<String, String> defines = new LinkedHashMap<>();
        defines.put("N", "3");
        defines.put("DEBUG", "");
        Decl.Var a = assertInstanceOf(Decl.Var.class, frontend(defines).parseC(file).unit().decls().get(0));
        assertEquals("a", a.name());
        assertEquals(3L, ((Expr.IntLit) ((TypeRef.Array) a.type()).size()).value());
        Decl.Var b = assertInstanceOf(Decl.Var.class, frontend(Map.of("N", "1")).parseC(file).unit().decls().get(0));
        assertEquals("b", b.name());
    }

    @Test
    void stringifyPasteAndVariadicMacros() throws IOException, InputException {
        Path file = write("macros.c", """
                #define STR(x) #x
                #define GLUE(a, b) a ## b
                #define CALL(f, ...) f(0, ##__VA_ARGS__)
                char *s = STR(a  +  "b");
                int GLUE(var, 1) = 1;
                int x = CALL(g);
                int y = CALL(g, 1, 2);
                """);
        List<Decl> decls = frontend(Map.of()).parseC(file).unit().decls();
        assertEquals("a + \"b\"", ((Expr.StringLit) ((Decl.Var) decls.get(0)).init()).text());
        assertEquals("var1", ((Decl.Var) decls.get(1)).name());
        assertEquals(1, ((Expr.Call) ((Decl.Var) decls.get(2)).init()).args().size());
        assertEquals(3, ((Expr.Call) ((Decl.Var) decls.get(3)).init()).args().size());
    }

    @Test
    void missingIncludeIsANote() throws IOException, InputException {
        Path file = write("missing.c", "#include <linux/nothing.h>\n#include \"nothing.h\"\nint x;\n");
        Frontend.CFile parsed = frontend(Map.of()).parseC(file);
        assertEquals(2, parsed.notes().size());
        assertTrue(parsed.notes().stream().allMatch(n -> n.severity() == Diagnostic.Severity.NOTE));
        assertEquals(1, parsed.unit().decls().size());
    }

    @Test
    void litmusTestsGetThePreludeAndItsMacros() throws IOException, InputException {
        Path file = write("t.litmus", """
                C t
                {}
                P0(int *x, spinlock_t *l)
                {
                \tWRITE_ONCE(*x, 1);
                }
                exists (x=1)
                """);
        Frontend.LitmusFile program = frontend(Map.of()).parseLitmus(file);
        assertTrue(program.notes().isEmpty(), program.notes().toString());
        assertTrue(program.prelude().decls().stream().anyMatch(d -> d instanceof Decl.Typedef t && t.name().equals("spinlock_t")));
        Stmt.ExprStmt stmt = (Stmt.ExprStmt) program.litmus().processes().get(0).body().items().get(0);
        Expr.Call call = (Expr.Call) stmt.expr();
        assertEquals("__ls_store", ((Expr.Name) call.callee()).name());
        assertEquals(new Span(file.toString(), 5, 2, 5, 19), call.span());
    }
}
