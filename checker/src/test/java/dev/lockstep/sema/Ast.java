package dev.lockstep.sema;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Param;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.frontend.ast.TranslationUnit;
import dev.lockstep.frontend.ast.TypeRef;
import java.util.Arrays;
import java.util.List;

/** Small factories for syntax trees in tests (each node gets its own line in {@code test.c}). */
public final class Ast {

    public static final String FILE = "test.c";
    private static final Span HERE = Span.at(FILE, 1, 1);

    private Ast() {
    }

    public static Span at() {
        return HERE;
    }

    public static Span line(int n) {
        return Span.at(FILE, n, 1);
    }

    public static TranslationUnit unit(Decl... decls) {
        return new TranslationUnit(FILE, List.of(decls));
    }

    // types
    public static TypeRef t(String name) {
        return new TypeRef.Named(name, at());
    }

    public static TypeRef ptr(TypeRef target) {
        return new TypeRef.Pointer(target, at());
    }

    public static TypeRef struct(String tag) {
        return new TypeRef.Struct(tag, TypeRef.StructKind.STRUCT, at());
    }

    public static TypeRef array(TypeRef element, long n) {
        return new TypeRef.Array(element, lit(n), at());
    }

    // declarations
    public static Decl.Var global(TypeRef type, String name) {
        return new Decl.Var(List.of(), type, name, null, List.of(), at());
    }

    public static Decl.Var global(TypeRef type, String name, Expr init) {
        return new Decl.Var(List.of(), type, name, init, List.of(), at());
    }

    public static Decl.StructDecl structDecl(String tag, Decl.Field... fields) {
        return new Decl.StructDecl(tag, TypeRef.StructKind.STRUCT, List.of(fields), at());
    }

    public static Decl.Field field(TypeRef type, String name) {
        return new Decl.Field(type, name, List.of(), at());
    }

    /** A member carrying annotations, as an ops table's {@code int (*open)(...) __process;}. */
    public static Decl.Field field(TypeRef type, String name, Annotation... annotations) {
        return new Decl.Field(type, name, List.of(annotations), at());
    }

    public static Decl.Typedef typedef(TypeRef type, String name) {
        return new Decl.Typedef(type, name, at());
    }

    public static Decl.EnumDecl enumDecl(String tag, String... names) {
        return new Decl.EnumDecl(tag, Arrays.stream(names).map(n -> new Decl.Enumerator(n, null, at())).toList(), at());
    }

    public static Param param(TypeRef type, String name) {
        return new Param(type, name, at());
    }

    public static Decl.Function fn(TypeRef returns, String name, List<Param> params, Stmt... body) {
        return new Decl.Function(List.of(), returns, name, params, TypeRef.Variadic.FIXED, List.of(),
                block(body), at());
    }

    public static Decl.Function fn(List<Annotation> annotations, TypeRef returns, String name, List<Param> params,
            Stmt... body) {
        return new Decl.Function(List.of(), returns, name, params, TypeRef.Variadic.FIXED, annotations,
                block(body), at());
    }

    public static Decl.Function inlineFn(TypeRef returns, String name, List<Param> params, Stmt... body) {
        return new Decl.Function(List.of("static", "inline"), returns, name, params, TypeRef.Variadic.FIXED,
                List.of(), block(body), Span.at("stdlib/linux/x.h", 1, 1));
    }

    public static Decl.Function proto(TypeRef returns, String name, Param... params) {
        return new Decl.Function(List.of(), returns, name, List.of(params), TypeRef.Variadic.FIXED, List.of(), null,
                at());
    }

    public static Annotation ann(String name, Annotation.Arg... args) {
        return new Annotation(name, List.of(args), at());
    }

    public static Annotation.Arg arg(String key, Expr value) {
        return new Annotation.Arg(key, value, at());
    }

    public static Decl.Entry entry(String context, String function) {
        return new Decl.Entry(ann(context), function, at());
    }

    // statements
    public static Stmt.Block block(Stmt... items) {
        return new Stmt.Block(List.of(items), at());
    }

    public static Stmt.Declaration local(TypeRef type, String name) {
        return new Stmt.Declaration(List.of(new Decl.Var(List.of(), type, name, null, List.of(), at())), at());
    }

    public static Stmt.Declaration local(TypeRef type, String name, Expr init) {
        return new Stmt.Declaration(List.of(new Decl.Var(List.of(), type, name, init, List.of(), at())), at());
    }

    public static Stmt.ExprStmt expr(Expr e) {
        return new Stmt.ExprStmt(e, at());
    }

    public static Stmt.Return ret(Expr e) {
        return new Stmt.Return(e, at());
    }

    public static Stmt.If ifs(Expr c, Stmt then, Stmt otherwise) {
        return new Stmt.If(c, then, otherwise, at());
    }

    public static Stmt.While whiles(Expr c, Stmt body) {
        return new Stmt.While(c, body, at());
    }

    public static Stmt.Empty empty() {
        return new Stmt.Empty(at());
    }

    // expressions
    public static Expr.IntLit lit(long v) {
        return new Expr.IntLit(v, Long.toString(v), at());
    }

    public static Expr.Name n(String name) {
        return new Expr.Name(name, at());
    }

    public static Expr.Call call(String f, Expr... args) {
        return new Expr.Call(n(f), List.of(args), at());
    }

    public static Expr.Unary addr(Expr e) {
        return new Expr.Unary("&", e, at());
    }

    public static Expr.Unary deref(Expr e) {
        return new Expr.Unary("*", e, at());
    }

    public static Expr.Unary not(Expr e) {
        return new Expr.Unary("!", e, at());
    }

    public static Expr.Binary bin(String op, Expr l, Expr r) {
        return new Expr.Binary(op, l, r, at());
    }

    public static Expr.Assign assign(Expr target, Expr value) {
        return new Expr.Assign("=", target, value, at());
    }

    public static Expr.Member arrow(Expr obj, String field) {
        return new Expr.Member(obj, field, Expr.Access.ARROW, at());
    }

    public static Expr.Member dot(Expr obj, String field) {
        return new Expr.Member(obj, field, Expr.Access.DOT, at());
    }

    public static Expr.Index index(Expr a, Expr i) {
        return new Expr.Index(a, i, at());
    }

    public static Expr.StringLit str(String s) {
        return new Expr.StringLit(s, at());
    }

    /** {@code spin_lock(l)} as the stdlib's macro expands it. */
    public static Expr.Call lock(Expr l) {
        return call("__ls_acquire", l, n("__LS_SPINLOCK"), n("__LS_EXCLUSIVE"), n("__LS_BLOCKING"), lit(0));
    }

    public static Expr.Call unlock(Expr l) {
        return call("__ls_release", l, n("__LS_SPINLOCK"), n("__LS_EXCLUSIVE"));
    }

    public static Expr.Call readOnce(Expr x) {
        return call("__ls_load", addr(x), n("__LS_ONCE"));
    }

    public static Expr.Call writeOnce(Expr x, Expr v) {
        return call("__ls_store", addr(x), v, n("__LS_ONCE"));
    }

    /** The stdlib's {@code typedef int spinlock_t;}. */
    public static Decl.Typedef spinlockT() {
        return typedef(t("int"), "spinlock_t");
    }
}
