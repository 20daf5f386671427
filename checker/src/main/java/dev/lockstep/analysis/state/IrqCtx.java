package dev.lockstep.analysis.state;

import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hard-interrupt state of a path relative to the function's entry: the stack of sections that
 * disabled interrupts here (each {@code local_irq_disable}/{@code _irq} lock or
 * {@code local_irq_save}/{@code _irqsave} lock pushes a mark), and what holds below them: the
 * caller's state ({@link Base#INHERITED}), interrupts enabled by this function, or the state the
 * caller had before its innermost section ({@link Base#RESTORED}: this function restored flags its
 * caller saved, as the destructor of a {@code spinlock_irqsave} guard does).
 */
public record IrqCtx(Base base, List<Mark> stack) {
    /** Written out: the generated one bootstraps method handles when first called, at start-up. */
    @Override
    public int hashCode() {
        return Objects.hash(base, stack);
    }

    public IrqCtx {
        stack = List.copyOf(stack);
    }

    public enum Base { INHERITED, ENABLED, RESTORED }

    /** A section that disabled interrupts at {@code site}; {@code flagsRegister} is -1 for a plain disable. */
    public record Mark(Span site, int flagsRegister) {
        public boolean saves() {
            return flagsRegister >= 0;
        }
    }

    public static final IrqCtx ENTRY = new IrqCtx(Base.INHERITED, List.of());

    public boolean disabledHere() {
        return !stack.isEmpty();
    }

    /** Interrupts state as far as this function knows it. */
    public Tri relative() {
        if (!stack.isEmpty()) {
            return Tri.OFF;
        }
        return base == Base.ENABLED ? Tri.ON : Tri.INHERITED;
    }

    public IrqCtx push(Mark mark) {
        List<Mark> s = new ArrayList<>(stack);
        s.add(mark);
        return new IrqCtx(base, s);
    }

    public Mark top() {
        return stack.get(stack.size() - 1);
    }

    public IrqCtx pop() {
        if (stack.isEmpty()) {
            return new IrqCtx(Base.ENABLED, List.of());
        }
        List<Mark> s = new ArrayList<>(stack.subList(0, stack.size() - 1));
        return new IrqCtx(base, s);
    }

    /** The index of the mark that saved into {@code register}, or -1. */
    public int indexOfSave(int register) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).flagsRegister() == register) {
                return i;
            }
        }
        return -1;
    }

    /** The caller's state seen after a callee that returned with {@code callee} (relative to its own entry). */
    public IrqCtx then(IrqCtx callee) {
        if (callee.base == Base.ENABLED) {
            return new IrqCtx(Base.ENABLED, callee.stack);
        }
        List<Mark> s = new ArrayList<>(stack);
        if (callee.base == Base.RESTORED && !s.isEmpty()) {
            s.remove(s.size() - 1);
        }
        s.addAll(callee.stack);
        return new IrqCtx(base, s);
    }
}
