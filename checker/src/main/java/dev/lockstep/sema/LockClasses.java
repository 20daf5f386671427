package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Expr;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lock classes as lockdep names them, from the expression that designates the lock: a global
 * {@code &dev_lock} is {@code dev_lock}; a member {@code &d->lock} or {@code &dev.lock} of a
 * {@code struct dev} is {@code struct dev::lock} (nested members {@code struct dev::a.lock}); an
 * array element {@code &locks[i]} is {@code locks[]}; a pointer {@code lock} of type
 * {@code spinlock_t *} is {@code spinlock_t *lock} (the explorer refines it into instances).
 */
public final class LockClasses {

    private final SemanticModel model;

    public LockClasses(SemanticModel model) {
        this.model = model;
    }

    /** The class of the lock a pointer-valued argument ({@code &l}, {@code lock}) designates. */
    public String ofPointer(Expr lockArg) {
        Expr e = CallFacts.stripCasts(lockArg);
        if (e instanceof Expr.Unary u && u.op().equals("&")) {
            return ofObject(u.operand());
        }
        if (!model.bindings().hasType(e)) {
            return ExprText.render(e);
        }
        CType type = model.typeOf(e);
        if (Types.isArray(type)) {
            return ofObject(e);
        }
        return pointerClass(type, pointerName(e));
    }

    /** The class a pointer parameter names as a lock ({@code spinlock_t *l}), or null when it is no pointer. */
    public static String ofParameter(Symbol.Parameter p) {
        return Types.isPointer(p.type()) ? pointerClass(p.type(), p.name()) : null;
    }

    private static String pointerClass(CType type, String name) {
        CType target = Types.pointee(type);
        String prefix = target == null ? type.display() + " " : target.display() + " *";
        return prefix + name;
    }

    /**
     * The class of the lock an lvalue names ({@code dev_lock}, {@code d->lock}); sparse contracts
     * such as {@code __acquires(d->lock)} name locks this way.
     */
    public String ofObject(Expr lvalue) {
        Expr e = CallFacts.stripCasts(lvalue);
        if (!model.bindings().hasType(e)) {
            return ExprText.render(e);
        }
        if (e instanceof Expr.Name n) {
            Symbol s = model.bindings().symbolOf(n);
            return s == null ? n.name() : s.name();
        }
        if (e instanceof Expr.Member m) {
            return member(m);
        }
        if (e instanceof Expr.Index i) {
            return ofObject(i.array()) + "[]";
        }
        if (e instanceof Expr.Unary u && u.op().equals("*")) {
            return ofPointer(u.operand());
        }
        return model.typeOf(e).display();
    }

    /**
     * The class a contract argument names: {@code &l} and a pointer {@code lock} as for lock
     * arguments, an lvalue of a lock type ({@code d->lock}, {@code dev_lock}) as the object.
     */
    public String ofContractArgument(Expr arg) {
        Expr e = CallFacts.stripCasts(arg);
        if (model.bindings().hasType(e) && Types.isPointer(model.typeOf(e))) {
            return ofPointer(e);
        }
        return ofPointer(new Expr.Unary("&", e, e.span()));
    }

    private String member(Expr.Member outer) {
        Deque<String> path = new ArrayDeque<>();
        Expr e = outer;
        while (e instanceof Expr.Member m && m.access() == Expr.Access.DOT
                && CallFacts.stripCasts(m.object()) instanceof Expr.Member) {
            path.addFirst(m.field());
            e = CallFacts.stripCasts(m.object());
        }
        Expr.Member m = (Expr.Member) e;
        path.addFirst(m.field());
        CType objectType = model.typeOf(m.object());
        CType struct = m.access() == Expr.Access.ARROW ? Types.pointee(objectType) : objectType;
        String structName = struct == null ? objectType.display() : structName(struct);
        return structName + "::" + String.join(".", path);
    }

    /** {@code struct dev}, or the typedef name of an anonymous struct ({@code foo_t} for {@code typedef struct {..} foo_t}). */
    private static String structName(CType type) {
        CType resolved = type.resolved();
        if (type instanceof CType.Alias a && resolved instanceof CType.Struct s && s.tag().startsWith("__anon")) {
            return a.name();
        }
        return resolved.display();
    }

    private String pointerName(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.name();
        }
        return ofObject(e);
    }
}
