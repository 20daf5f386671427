package dev.lockstep.litmus;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.ir.Insn;
import java.util.List;

/**
 * Executes the body of one litmus process over a {@link ProcessState}: statements, C expressions on
 * int registers (which carry the reads they depend on), plain dereferences, and the {@code __ls_*}
 * intrinsics the stdlib's litmus prelude expands the kernel's primitives to ({@link IntrinsicCalls}). Every branch makes the code after it control-dependent
 * on the condition's reads, as the compiled branch does on the hardware.
 */
final class ProcessEvaluator {

    private final ProcessState state;
    private final IntrinsicCalls calls;

    ProcessEvaluator(ProcessState state) {
        this.state = state;
        this.calls = new IntrinsicCalls(this, state);
    }

    /** How a statement ends: normally, or by {@code break} / {@code continue}. */
    enum Flow { NORMAL, BREAK, CONTINUE }

    /** Iterations a loop may take; runs that need more are not enumerated (herd's retry loops succeed at once). */
    static final int LOOP_BOUND = 2;

    Flow execute(Stmt s) {
        if (s instanceof Stmt.Block b) {
            for (Stmt item : b.items()) {
                Flow f = execute(item);
                if (f != Flow.NORMAL) {
                    return f;
                }
            }
            return Flow.NORMAL;
        } else if (s instanceof Stmt.Declaration d) {
            d.decls().forEach(this::declare);
        } else if (s instanceof Stmt.ExprStmt e) {
            eval(e.expr());
        } else if (s instanceof Stmt.If i) {
            if (condition(i.condition())) {
                return execute(i.then());
            } else if (i.otherwise() != null) {
                return execute(i.otherwise());
            }
        } else if (s instanceof Stmt.While w) {
            loop(null, w.condition(), w.body(), true);
        } else if (s instanceof Stmt.DoWhile d) {
            loop(null, d.condition(), d.body(), false);
        } else if (s instanceof Stmt.For f) {
            if (f.init() != null) {
                execute(f.init());
            }
            loop(f.step(), f.condition(), f.body(), true);
        } else if (s instanceof Stmt.Break) {
            return Flow.BREAK;
        } else if (s instanceof Stmt.Continue) {
            return Flow.CONTINUE;
        } else if (!(s instanceof Stmt.Empty)) {
            throw new LitmusException("statement not supported in litmus processes", s.span());
        }
        return Flow.NORMAL;
    }

    /** Evaluates a branch condition; the code after it becomes control-dependent on its reads. */
    private boolean condition(Expr c) {
        Val v = eval(c);
        state.branchOn(v.deps());
        return v.isTrue();
    }

    private void loop(Expr step, Expr condition, Stmt body, boolean testFirst) {
        boolean first = true;
        for (int iteration = 0; ; iteration++) {
            boolean test = !first || testFirst;
            if (test && condition != null && !condition(condition)) {
                return;
            }
            if (iteration == LOOP_BOUND) {
                throw new Infeasible("loop bound");
            }
            first = false;
            if (execute(body) == Flow.BREAK) {
                return;
            }
            if (step != null) {
                eval(step);
            }
        }
    }

    private void declare(Decl d) {
        if (!(d instanceof Decl.Var v)) {
            throw new LitmusException("only variable declarations are supported in litmus processes", d.span());
        }
        if (v.init() != null) {
            state.setRegister(v.name(), eval(v.init()));
        } else if (!state.hasRegister(v.name())) {
            state.setRegister(v.name(), Val.constant(0));
        }
    }

    Val eval(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return Val.constant(i.value());
        } else if (e instanceof Expr.CharLit c) {
            return Val.constant(c.value());
        } else if (e instanceof Expr.Name n) {
            return name(n);
        } else if (e instanceof Expr.Unary u) {
            return unary(u);
        } else if (e instanceof Expr.Postfix p) {
            Val old = eval(p.operand());
            assign(p.operand(), Arithmetic.apply(p.op().equals("++") ? "+" : "-", old, Val.constant(1), p.span()));
            return old;
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.Assign a) {
            Val v = eval(a.value());
            if (!a.op().equals("=")) {
                String op = a.op().substring(0, a.op().length() - 1);
                v = Arithmetic.apply(op, eval(a.target()), v, a.span());
            }
            assign(a.target(), v);
            return v;
        } else if (e instanceof Expr.Conditional c) {
            Val cond = eval(c.condition());
            Val chosen = eval(cond.isTrue() ? c.then() : c.otherwise());
            return new Val(chosen.value(), chosen.deps().with(cond.deps()));
        } else if (e instanceof Expr.Cast c) {
            return eval(c.operand());
        } else if (e instanceof Expr.Comma c) {
            Val last = Val.constant(0);
            for (Expr x : c.exprs()) {
                last = eval(x);
            }
            return last;
        } else if (e instanceof Expr.StatementExpr se) {
            return statementExpression(se.block());
        } else if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name f) {
            return calls.call(f.name(), c.args(), c.span());
        }
        throw new LitmusException("expression not supported in litmus processes", e.span());
    }

    /** GNU {@code ({ ...; value; })}: the value of the last expression statement. */
    private Val statementExpression(Stmt.Block block) {
        List<Stmt> items = block.items();
        for (int i = 0; i < items.size() - 1; i++) {
            execute(items.get(i));
        }
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof Stmt.ExprStmt last) {
            return eval(last.expr());
        }
        if (!items.isEmpty()) {
            execute(items.get(items.size() - 1));
        }
        return Val.constant(0);
    }

    private Val name(Expr.Name n) {
        if (state.hasRegister(n.name())) {
            return state.register(n.name());
        }
        return state.locations().id(n.name())
                .map(l -> Val.constant(Locations.address(l)))
                .orElseGet(() -> state.register(n.name()));
    }

    private Val unary(Expr.Unary u) {
        switch (u.op()) {
            case "*": {
                Val address = eval(u.operand());
                state.at(u.span());
                return state.load(address, Insn.Access.PLAIN);
            }
            case "&":
                return address(u.operand());
            case "++", "--": {
                Val v = Arithmetic.apply(u.op().equals("++") ? "+" : "-", eval(u.operand()), Val.constant(1), u.span());
                assign(u.operand(), v);
                return v;
            }
            default:
                return Arithmetic.unary(u.op(), eval(u.operand()), u.span());
        }
    }

    /** {@code &&} and {@code ||} branch on their left operand, as compiled code does. */
    private Val binary(Expr.Binary b) {
        if (b.op().equals("&&") || b.op().equals("||")) {
            Val l = eval(b.left());
            boolean decided = b.op().equals("&&") != l.isTrue();
            if (decided) {
                return new Val(l.isTrue() ? 1 : 0, l.deps());
            }
            state.branchOn(l.deps());
            Val r = eval(b.right());
            return new Val(r.isTrue() ? 1 : 0, l.deps().with(r.deps()));
        }
        return Arithmetic.apply(b.op(), eval(b.left()), eval(b.right()), b.span());
    }

    /** The address an lvalue designates: {@code *p} is {@code p}'s value, a location's name its address. */
    private Val address(Expr lvalue) {
        if (lvalue instanceof Expr.Unary u && u.op().equals("*")) {
            return eval(u.operand());
        }
        if (lvalue instanceof Expr.Name n && !state.hasRegister(n.name()) && state.locations().id(n.name()).isPresent()) {
            return Val.constant(Locations.address(state.locations().id(n.name()).get()));
        }
        throw new LitmusException("not a shared location", lvalue.span());
    }

    private void assign(Expr target, Val v) {
        if (target instanceof Expr.Name n
                && (state.hasRegister(n.name()) || state.locations().id(n.name()).isEmpty())) {
            state.setRegister(n.name(), v);
        } else {
            Val address = address(target);
            state.at(target.span());
            state.store(address, v, Insn.Access.PLAIN, null);
        }
    }
}
