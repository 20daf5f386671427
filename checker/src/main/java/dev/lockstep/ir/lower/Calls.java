package dev.lockstep.ir.lower;

import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.Intrinsics;
import dev.lockstep.sema.Symbol;
import dev.lockstep.sema.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls: intrinsics become their one instruction; calls of functions with a body become
 * {@code Call} with a function reference; calls through pointers {@code Call} with a register;
 * calls of functions without a body have no effect (with a note) and give 0.
 */
final class Calls {

    /** Whether the call's value is used (an intrinsic with a success register needs to know). */
    enum Result { USED, DISCARDED }

    private final LowerState s;
    private final ExprLowering exprs;
    private final IntrinsicLowering intrinsics;

    Calls(LowerState s, ExprLowering exprs) {
        this.s = s;
        this.exprs = exprs;
        this.intrinsics = new IntrinsicLowering(s, exprs);
    }

    Value call(Expr.Call call, Result result) {
        if (call.callee() instanceof Expr.Name n) {
            Symbol sym = s.model.bindings().symbolOf(n);
            if (Intrinsics.isIntrinsic(n.name()) && (sym == null || sym instanceof Symbol.Function)) {
                return intrinsics.lower(n.name(), call, result);
            }
            if (sym == null || sym instanceof Symbol.Function) {
                return direct(call, n.name());
            }
        }
        java.util.Optional<String> only = onlyTarget(call.callee());
        if (only.isPresent()) {
            return direct(call, only.get());
        }
        Value callee = exprs.rvalue(call.callee());
        CType.Function type = Types.callable(s.typeOf(call.callee()));
        return emitCall(call, callee, type);
    }

    /**
     * The one function a call through a struct member can reach ({@code ks->lock(ks, &flags)} when
     * the program stores only {@code ks8851_lock_spi} there): the call is then a direct call, which
     * the static analysis follows.
     */
    private java.util.Optional<String> onlyTarget(Expr callee) {
        Expr e = callee;
        if (e instanceof Expr.Unary u && u.op().equals("*")) {
            e = u.operand();
        }
        if (!(e instanceof Expr.Member m)) {
            return java.util.Optional.empty();
        }
        CType object = s.typeOf(m.object());
        CType struct = m.access() == Expr.Access.ARROW ? Types.pointee(object) : object;
        if (struct == null || !(struct.resolved() instanceof CType.Struct st)) {
            return java.util.Optional.empty();
        }
        List<String> targets = s.model.memberSlots().of(st.tag(), m.field()).stream()
                .filter(s.defined::contains).toList();
        return targets.size() == 1 ? java.util.Optional.of(targets.get(0)) : java.util.Optional.empty();
    }

    private Value direct(Expr.Call call, String name) {
        if (!s.defined.contains(name)) {
            s.diagnostics.note(call.span(), "call of '" + name
                    + "', which has no body: treated as an external call with no effect");
            call.args().forEach(exprs::discard);
            return new Value.Const(0);
        }
        CType.Function type = s.model.function(name).map(f -> f.type()).orElse(null);
        return emitCall(call, new Value.FunctionRef(name), type);
    }

    private Value emitCall(Expr.Call call, Value callee, CType.Function type) {
        List<Value> args = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            Expr arg = call.args().get(i);
            classes.add(Types.isPointer(s.typeOf(arg)) ? s.lockClasses.ofPointer(arg) : null);
            Value v = exprs.rvalue(arg);
            if (type != null && i < type.params().size()) {
                v = exprs.places.convert(v, s.typeOf(arg), type.params().get(i), arg.span());
            }
            args.add(v);
        }
        CType returns = type == null ? Types.INT : type.returns();
        Value.Reg dst = Types.isVoid(returns) ? null : s.temp();
        s.emit(new Insn.Call(dst, callee, List.copyOf(args), classes, call.span()));
        return dst == null ? new Value.Const(0) : dst;
    }
}
