package dev.lockstep.memory.cat;

import dev.lockstep.frontend.Span;
import dev.lockstep.memory.Relation;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Evaluates cat expressions over one graph's {@link Primitives}, typing each operator's operands:
 * {@code |}, {@code &} and {@code \} take two sets or two relations; {@code ;}, the closures and
 * {@code ^-1} relations; {@code *} between two sets their product; {@code [S]} a set; {@code ~} either.
 */
final class Evaluator {

    private Evaluator() {
    }

    static Value eval(CatExpr e, Env env) {
        if (e instanceof CatExpr.Name n) {
            Value v = env.lookup(n.name());
            if (v == null) {
                throw new CatError(n.span(), "unknown name '" + n.name() + "'");
            }
            return v;
        } else if (e instanceof CatExpr.Nothing) {
            return new Value.Nothing();
        } else if (e instanceof CatExpr.Universe) {
            return new Value.Events(env.primitives().all());
        } else if (e instanceof CatExpr.IdentityOn i) {
            Value s = eval(i.set(), env);
            if (s instanceof Value.Nothing) {
                return s;
            }
            return new Value.Rel(Relation.identityOn(env.primitives().size(), events(s, i.span(), "[...]")));
        } else if (e instanceof CatExpr.Unary u) {
            return unary(u, eval(u.operand(), env), env.primitives());
        } else if (e instanceof CatExpr.Binary b && b.op() == CatExpr.BinaryOp.SEQUENCE
                && (b.left() instanceof CatExpr.IdentityOn || b.right() instanceof CatExpr.IdentityOn)) {
            return restricted(b, env);
        } else if (e instanceof CatExpr.Binary b) {
            Value l = eval(b.left(), env);
            if (absorbs(b.op(), l, env)) {
                return new Value.Nothing();
            }
            return binary(b, l, eval(b.right(), env), env.primitives());
        } else if (e instanceof CatExpr.Call c) {
            return call(c, env);
        } else if (e instanceof CatExpr.LetIn l) {
            return eval(l.body(), bind(l.bindings(), env));
        } else if (e instanceof CatExpr.LetRecIn l) {
            return eval(l.body(), env.withValues(fixpoint(l.bindings(), env, l.span())));
        }
        CatExpr.Lambda f = (CatExpr.Lambda) e;
        return new Value.Function("function", f.parameters(), f.body(), env);
    }

    /** The value of a definition in {@code env}, a function named after it. */
    static Value value(CatExpr.Binding b, Env env) {
        return named(b, eval(b.value(), env));
    }

    /** A layer binding each name to its value (computed on first use), the values seeing only {@code env}. */
    static Env bind(List<CatExpr.Binding> bindings, Env env) {
        Map<String, Supplier<Value>> layer = new LinkedHashMap<>();
        for (CatExpr.Binding b : bindings) {
            layer.put(b.name(), () -> value(b, env));
        }
        return env.with(layer);
    }

    private static Value named(CatExpr.Binding b, Value v) {
        if (v instanceof Value.Function f && b.value() instanceof CatExpr.Lambda) {
            return new Value.Function(UniqueNames.display(b.name()), f.parameters(), f.body(), f.env());
        }
        return v;
    }

    /**
     * The least fixpoint of mutually recursive sets and relations: every name starts empty, then
     * each is recomputed in turn from the newest values of all, until a round changes nothing.
     */
    static Map<String, Value> fixpoint(List<CatExpr.Binding> bindings, Env env, Span span) {
        Map<String, Value> current = new LinkedHashMap<>();
        bindings.forEach(b -> current.put(b.name(), new Value.Nothing()));
        long n = env.primitives().size();
        long rounds = n * n * bindings.size() + 2;
        for (long round = 0; round < rounds; round++) {
            boolean stable = true;
            for (CatExpr.Binding b : bindings) {
                Value v = eval(b.value(), env.withValues(current));
                if (v instanceof Value.Function || v instanceof Value.Builtin) {
                    throw new CatError(b.span(), "let rec defines sets and relations, not functions: '" + UniqueNames.display(b.name()) + "'");
                }
                stable &= Value.same(v, current.get(b.name()));
                current.put(b.name(), v);
            }
            if (stable) {
                return current;
            }
        }
        throw new CatError(span, "let rec never reaches a fixpoint (a definition is not monotone)");
    }

    private static Value call(CatExpr.Call c, Env env) {
        Value f = env.lookup(c.function());
        if (f == null) {
            throw new CatError(c.span(), "unknown function '" + UniqueNames.display(c.function()) + "'");
        }
        List<Value> args = c.arguments().stream().map(a -> eval(a, env)).toList();
        if (f instanceof Value.Builtin b) {
            arity(c, 1, args.size());
            Value arg = args.get(0);
            if (arg instanceof Value.Nothing) {
                return arg;
            }
            return switch (b) {
                case DOMAIN -> new Value.Events(relation(arg, c.span(), "domain").domain());
                case RANGE -> new Value.Events(relation(arg, c.span(), "range").range());
                case FENCEREL -> {
                    Relation po = env.primitives().po();
                    yield new Value.Rel(po.to(events(arg, c.span(), "fencerel")).then(po));
                }
            };
        }
        if (!(f instanceof Value.Function fn)) {
            throw new CatError(c.span(), "'" + UniqueNames.display(c.function()) + "' is " + f.typeName() + ", not a function");
        }
        arity(c, fn.parameters().size(), args.size());
        Map<String, Value> params = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            params.put(fn.parameters().get(i), args.get(i));
        }
        return eval(fn.body(), fn.env().withValues(params));
    }

    private static void arity(CatExpr.Call c, int expected, int given) {
        if (expected != given) {
            throw new CatError(c.span(), "'" + UniqueNames.display(c.function()) + "' takes " + expected + " argument"
                    + (expected == 1 ? "" : "s") + ", not " + given);
        }
    }

    private static Value unary(CatExpr.Unary u, Value v, Primitives p) {
        if (u.op() == CatExpr.UnaryOp.COMPLEMENT) {
            if (v instanceof Value.Events s) {
                BitSet c = p.all();
                c.andNot(s.set());
                return new Value.Events(c);
            }
            if (v instanceof Value.Rel r) {
                return new Value.Rel(Relation.product(p.size(), p.all(), p.all()).minus(r.relation()));
            }
            throw new CatError(u.span(), "'~' needs a set or a relation, not " + v.typeName());
        }
        if (v instanceof Value.Nothing) {
            return switch (u.op()) {
                case STAR, OPTION -> new Value.Rel(Relation.identity(p.size()));
                default -> v;
            };
        }
        Relation r = relation(v, u.span(), u.op().symbol);
        return new Value.Rel(switch (u.op()) {
            case INVERSE -> r.inverse();
            case PLUS -> r.closure();
            case STAR -> r.closure().reflexive();
            default -> r.reflexive();
        });
    }

    /**
     * {@code [S] ; r} and {@code r ; [S]}, as the rows of {@code r} from {@code S} and its columns
     * to {@code S}: what composing with the identity on {@code S} gives, without the composition.
     */
    private static Value restricted(CatExpr.Binary b, Env env) {
        boolean fromSet = b.left() instanceof CatExpr.IdentityOn;
        CatExpr.IdentityOn identity = (CatExpr.IdentityOn) (fromSet ? b.left() : b.right());
        Value l = eval(fromSet ? identity.set() : b.left(), env);
        if (absorbs(b.op(), l, env)) {
            return new Value.Nothing();
        }
        Value r = eval(fromSet ? b.right() : identity.set(), env);
        Value set = fromSet ? l : r;
        Value rel = fromSet ? r : l;
        if (set instanceof Value.Nothing || rel instanceof Value.Nothing) {
            relationOrNothing(rel, b);
            return new Value.Nothing();
        }
        Relation x = relation(rel, b.span(), ";");
        BitSet s = events(set, identity.span(), "[...]");
        return new Value.Rel(fromSet ? x.from(s) : x.to(s));
    }

    /**
     * Whether {@code left op right} is empty whatever {@code right} is: {@code ;} and {@code &} after
     * an empty left operand, so the right one need not be computed (the RCU chains of the kernel's
     * model, when a program has no grace period, cost nothing). Not over the empty graph that loading
     * a model evaluates everything on, so that its type errors are still found in every operand.
     */
    private static boolean absorbs(CatExpr.BinaryOp op, Value left, Env env) {
        return (op == CatExpr.BinaryOp.SEQUENCE || op == CatExpr.BinaryOp.INTERSECTION)
                && env.primitives().size() > 0
                && (left instanceof Value.Nothing || left instanceof Value.Events || left instanceof Value.Rel)
                && Value.isEmpty(left);
    }

    private static Value binary(CatExpr.Binary b, Value l, Value r, Primitives p) {
        if (b.op() == CatExpr.BinaryOp.PRODUCT) {
            if (l instanceof Value.Nothing || r instanceof Value.Nothing) {
                return new Value.Nothing();
            }
            return new Value.Rel(Relation.product(p.size(), events(l, b.span(), "*"), events(r, b.span(), "*")));
        }
        if (b.op() == CatExpr.BinaryOp.SEQUENCE) {
            if (l instanceof Value.Nothing || r instanceof Value.Nothing) {
                relationOrNothing(l, b);
                relationOrNothing(r, b);
                return new Value.Nothing();
            }
            return new Value.Rel(relation(l, b.span(), ";").then(relation(r, b.span(), ";")));
        }
        if (l instanceof Value.Nothing) {
            relationOrSet(r, b);
            return b.op() == CatExpr.BinaryOp.UNION ? r : l;
        }
        if (r instanceof Value.Nothing) {
            relationOrSet(l, b);
            return b.op() == CatExpr.BinaryOp.INTERSECTION ? r : l;
        }
        if (l instanceof Value.Events x && r instanceof Value.Events y) {
            BitSet s = (BitSet) x.set().clone();
            switch (b.op()) {
                case UNION -> s.or(y.set());
                case INTERSECTION -> s.and(y.set());
                default -> s.andNot(y.set());
            }
            return new Value.Events(s);
        }
        if (l instanceof Value.Rel x && r instanceof Value.Rel y) {
            return new Value.Rel(switch (b.op()) {
                case UNION -> x.relation().union(y.relation());
                case INTERSECTION -> x.relation().intersect(y.relation());
                default -> x.relation().minus(y.relation());
            });
        }
        throw new CatError(b.span(), "'" + b.op().symbol + "' needs two sets or two relations, not "
                + l.typeName() + " and " + r.typeName());
    }

    private static void relationOrSet(Value v, CatExpr.Binary b) {
        if (!(v instanceof Value.Events || v instanceof Value.Rel || v instanceof Value.Nothing)) {
            throw new CatError(b.span(), "'" + b.op().symbol + "' needs sets or relations, not " + v.typeName());
        }
    }

    private static void relationOrNothing(Value v, CatExpr.Binary b) {
        if (!(v instanceof Value.Rel || v instanceof Value.Nothing)) {
            throw new CatError(b.span(), "';' needs relations, not " + v.typeName() + hint(v));
        }
    }

    static Relation relation(Value v, Span span, String what) {
        if (v instanceof Value.Rel r) {
            return r.relation();
        }
        throw new CatError(span, "'" + what + "' needs a relation, not " + v.typeName() + hint(v));
    }

    private static BitSet events(Value v, Span span, String what) {
        if (v instanceof Value.Events e) {
            return e.set();
        }
        throw new CatError(span, "'" + what + "' needs a set, not " + v.typeName());
    }

    private static String hint(Value v) {
        return v instanceof Value.Events ? " (write [S] for the identity on a set S)" : "";
    }
}
