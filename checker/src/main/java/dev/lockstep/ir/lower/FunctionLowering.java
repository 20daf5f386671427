package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.ir.Contract;
import dev.lockstep.ir.Function;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Terminator;
import dev.lockstep.ir.Value;
import dev.lockstep.sema.Diagnostics;
import dev.lockstep.sema.EntryOrigin;
import dev.lockstep.sema.FunctionInfo;
import dev.lockstep.sema.LockContracts;
import dev.lockstep.sema.SemanticModel;
import dev.lockstep.sema.Symbol;
import dev.lockstep.sema.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One function definition to an {@link Function}: parameters in registers {@code 0..n-1}, scalar
 * locals whose address is never taken in registers, the other locals in {@code LocalObject}s made
 * in the prologue, the body as a control-flow graph, and the contract from its declarations.
 */
final class FunctionLowering {

    private final SemanticModel model;
    private final Diagnostics diagnostics;
    private final Set<String> defined;
    private final dev.lockstep.ir.Build build;

    FunctionLowering(SemanticModel model, Diagnostics diagnostics, Set<String> defined, dev.lockstep.ir.Build build) {
        this.model = model;
        this.diagnostics = diagnostics;
        this.defined = defined;
        this.build = build;
    }

    /** A lowered function and the registers of its scalar locals by name (the first declared of a name). */
    record Lowered(Function function, Map<String, Value.Reg> localRegisters) {}

    Lowered lower(FunctionInfo info, Map<String, Expr> implicitInits) {
        LowerState s = new LowerState(model, diagnostics, info.name(), info.type(), defined, build);
        List<Value.Reg> params = new ArrayList<>();
        for (Symbol.Parameter p : info.params()) {
            params.add(s.cfg.newReg(p.name()));
        }
        for (int i = 0; i < info.params().size(); i++) {
            parameter(s, info.params().get(i), params.get(i));
        }
        ExprLowering exprs = new ExprLowering(s);
        StmtLowering stmts = new StmtLowering(s, exprs, implicitInits);
        stmts.body(info.definition().body());
        Span end = StmtLowering.endOf(info.definition().body().span());
        var blocks = s.cfg.build(new Terminator.Return(null, end));
        Function function = new Function(info.name(), List.copyOf(params), s.cfg.registerCount(), blocks,
                contract(info), info.span());
        return new Lowered(function, s.storage.localRegisters());
    }

    private void parameter(LowerState s, Symbol.Parameter p, Value.Reg reg) {
        if (!model.bindings().isAddressTaken(p) && !Types.isAggregate(p.type())) {
            s.storage.put(p, new Lvalue.InRegister(reg, p.type()));
            return;
        }
        Value.Reg obj = s.cfg.newReg(p.name());
        s.cfg.emitInPrologue(new Insn.LocalObject(obj, p.name(), p.span()));
        if (Types.isAggregate(p.type())) {
            new AggregateCopy(s).copy(obj, reg, p.type(), p.span());
        } else {
            s.cfg.emit(new Insn.Store(obj, reg, Insn.Access.PLAIN, IntTypes.of(p.type()), p.span()));
        }
        s.storage.put(p, new Lvalue.InMemory(obj, p.type()));
    }

    private Contract contract(FunctionInfo info) {
        List<Contract.EntryPoint> entries = new ArrayList<>();
        for (EntryOrigin e : model.entriesOf(info.name())) {
            if (e.binding() == EntryOrigin.Binding.STATIC) {
                Contract.EntryPoint point = new Contract.EntryPoint(ContextMapping.of(e.spec().kind(), build),
                        e.spec().cpu(), e.spec().instances(), e.spec().times());
                if (!entries.contains(point)) {
                    entries.add(point);
                }
            }
        }
        LockContracts locks = LockContracts.of(info, new dev.lockstep.sema.LockClasses(model));
        List<String> paramClasses = new ArrayList<>();
        for (Symbol.Parameter p : info.params()) {
            paramClasses.add(dev.lockstep.sema.LockClasses.ofParameter(p));
        }
        return new Contract(List.copyOf(entries), locks.acquires(), locks.releases(), locks.mustHold(),
                locks.mightSleep() == LockContracts.MightSleep.YES, paramClasses);
    }
}
