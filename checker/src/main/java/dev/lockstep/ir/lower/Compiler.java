package dev.lockstep.ir.lower;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.TranslationUnit;
import dev.lockstep.ir.LitmusProgram;
import dev.lockstep.ir.Program;
import dev.lockstep.sema.Analyzer;
import dev.lockstep.sema.Diagnostics;
import dev.lockstep.sema.SemanticModel;

/**
 * The pipeline from a syntax tree to the IR, for the rest of the checker: semantic analysis, then
 * lowering. Errors of either step come as one {@link InputException} with positioned diagnostics.
 */
public final class Compiler {

    private final dev.lockstep.ir.Build build;

    /** A compiler for the standard kernel configuration. */
    public Compiler() {
        this(dev.lockstep.ir.Build.STANDARD);
    }

    /** A compiler for {@code build}: the contexts registrations and annotations give depend on it. */
    public Compiler(dev.lockstep.ir.Build build) {
        this.build = build;
    }

    /** A compiled C program with the semantic model it came from (contexts, call graph, notes). */
    public record Compiled(Program program, SemanticModel model, java.util.List<dev.lockstep.frontend.Diagnostic> notes) {}

    public Compiled compileWithModel(TranslationUnit unit) throws InputException {
        SemanticModel model = new Analyzer().analyze(unit);
        Diagnostics diagnostics = new Diagnostics();
        Program program = new Lowering(model, diagnostics, build).lower();
        diagnostics.throwIfErrors();
        java.util.List<dev.lockstep.frontend.Diagnostic> notes = new java.util.ArrayList<>(model.notes());
        diagnostics.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        return new Compiled(program, model, java.util.List.copyOf(notes));
    }

    public Program compile(TranslationUnit unit) throws InputException {
        return compileWithModel(unit).program();
    }

    /**
     * A litmus test to a program with one function per process. {@code prelude} holds the
     * declarations its process bodies rely on (the stdlib's {@code lockstep/litmus.h}, parsed),
     * or no declarations when the frontend already placed them in the processes' reach.
     */
    public LitmusProgram compile(Litmus litmus, TranslationUnit prelude) throws InputException {
        return new LitmusLowering().lower(litmus, prelude);
    }

    /** A litmus test as the front end parses it, with its implicit prelude. */
    public LitmusProgram compile(dev.lockstep.frontend.Frontend.LitmusFile parsed) throws InputException {
        return compile(parsed.litmus(), parsed.prelude());
    }
}
