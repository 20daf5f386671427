package dev.lockstep.litmus;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.Param;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.Arrays;
import java.util.List;

/** Builds litmus ASTs by hand for the runner's tests (independent of the parser). */
final class Ast {

    private static final Span S = Span.NONE;
    private static final TypeRef INT = new TypeRef.Named("int", S);

    private Ast() {
    }

    static Expr name(String n) {
        return new Expr.Name(n, S);
    }

    static Expr num(long v) {
        return new Expr.IntLit(v, Long.toString(v), S);
    }

    static Expr deref(String pointer) {
        return new Expr.Unary("*", name(pointer), S);
    }

    static Expr call(String f, Expr... args) {
        return new Expr.Call(name(f), List.of(args), S);
    }

    /** {@code __ls_load(&*x, access)}, as {@code READ_ONCE(*x)} expands. */
    static Expr load(String pointer, String access) {
        return call("__ls_load", new Expr.Unary("&", deref(pointer), S), name(access));
    }

    /** {@code __ls_store(&*x, value, access)}, as {@code WRITE_ONCE(*x, value)} expands. */
    static Stmt store(String pointer, Expr value, String access) {
        return stmt(call("__ls_store", new Expr.Unary("&", deref(pointer), S), value, name(access)));
    }

    static Stmt fence(String kind) {
        return stmt(call("__ls_fence", name(kind)));
    }

    static Stmt lock(String lock) {
        return stmt(call("__ls_acquire", name(lock), name("__LS_SPINLOCK"), name("__LS_EXCLUSIVE"),
                name("__LS_BLOCKING"), num(0)));
    }

    static Stmt unlock(String lock) {
        return stmt(call("__ls_release", name(lock), name("__LS_SPINLOCK"), name("__LS_EXCLUSIVE")));
    }

    static Expr plus(Expr l, Expr r) {
        return new Expr.Binary("+", l, r, S);
    }

    static Expr eq(Expr l, Expr r) {
        return new Expr.Binary("==", l, r, S);
    }

    static Stmt assign(String register, Expr value) {
        return new Stmt.ExprStmt(new Expr.Assign("=", name(register), value, S), S);
    }

    static Stmt stmt(Expr e) {
        return new Stmt.ExprStmt(e, S);
    }

    static Stmt when(Expr condition, Stmt then) {
        return new Stmt.If(condition, then, null, S);
    }

    static Stmt declare(String register) {
        return new Stmt.Declaration(List.of(new Decl.Var(List.of(), INT, register, null, List.of(), S)), S);
    }

    /** {@code Pn(int *a, int *b, ...) { body }}. */
    static Decl.Function process(int n, List<String> params, Stmt... body) {
        List<Param> ps = params.stream().map(p -> new Param(new TypeRef.Pointer(INT, S), p, S)).toList();
        return new Decl.Function(List.of(), new TypeRef.Named("void", S), "P" + n, ps, TypeRef.Variadic.FIXED, List.of(),
                new Stmt.Block(Arrays.asList(body), S), S);
    }

    static Litmus.Prop is(int process, String name, long value) {
        return new Litmus.Prop.Equals(process, name, num(value), S);
    }

    static Litmus.Prop is(int process, String name, String location) {
        return new Litmus.Prop.Equals(process, name, name(location), S);
    }

    static Litmus.Prop and(Litmus.Prop l, Litmus.Prop r) {
        return new Litmus.Prop.And(l, r, S);
    }

    static Litmus test(String name, List<Litmus.InitEntry> init, List<Decl.Function> processes, Litmus.Prop exists) {
        return new Litmus(name + ".litmus", name, init, processes, List.of(), null,
                new Litmus.Condition(Litmus.Quantifier.EXISTS, exists, S), S);
    }

    static Litmus.InitEntry init(String location, Expr value) {
        return new Litmus.InitEntry(-1, null, location, value, S);
    }
}
