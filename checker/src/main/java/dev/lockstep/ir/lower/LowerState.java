package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.CType;
import dev.lockstep.sema.Diagnostics;
import dev.lockstep.sema.LockClasses;
import dev.lockstep.sema.SemanticModel;
import java.util.Set;

/** Everything the lowering of one function shares: the model, the graph under construction, storage. */
final class LowerState {

    final SemanticModel model;
    final Diagnostics diagnostics;
    final CfgBuilder cfg = new CfgBuilder();
    final Storage storage = new Storage();
    final LockClasses lockClasses;
    final String function;
    final CType.Function type;
    /** Functions with a body in the program: calls of others have no effect. */
    final Set<String> defined;

    /** The kernel configuration being checked (what contexts registrations give). */
    final dev.lockstep.ir.Build build;

    LowerState(SemanticModel model, Diagnostics diagnostics, String function, CType.Function type,
            Set<String> defined, dev.lockstep.ir.Build build) {
        this.build = build;
        this.model = model;
        this.diagnostics = diagnostics;
        this.lockClasses = new LockClasses(model);
        this.function = function;
        this.type = type;
        this.defined = defined;
    }

    CType typeOf(Expr e) {
        return model.typeOf(e);
    }

    void emit(Insn insn) {
        cfg.emit(insn);
    }

    Value.Reg temp() {
        return cfg.temp();
    }

    /** {@code dst = op(args)} in {@code type}, into a fresh register; folded when every argument is a constant. */
    Value compute(Insn.Op op, dev.lockstep.ir.IntType type, Span span, Value... args) {
        if (java.util.Arrays.stream(args).allMatch(Value.Const.class::isInstance)) {
            long[] values = java.util.Arrays.stream(args).mapToLong(a -> ((Value.Const) a).value()).toArray();
            var folded = ConstFold.fold(op, type, values);
            if (folded.isPresent()) {
                return new Value.Const(folded.getAsLong());
            }
        }
        Value.Reg dst = cfg.temp();
        cfg.emit(new Insn.Compute(dst, op, java.util.List.of(args), type, span));
        return dst;
    }
}
