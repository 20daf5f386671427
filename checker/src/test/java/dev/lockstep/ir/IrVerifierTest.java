package dev.lockstep.ir;

import static org.junit.jupiter.api.Assertions.*;

import dev.lockstep.frontend.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IrVerifierTest {

    private static Program program(List<Insn> insns, Terminator end) {
        Function f = new Function("f", List.of(new Value.Reg(0, "x")), 2,
                List.of(new BasicBlock(0, insns, end)), Contract.NONE, Span.NONE);
        return new Program("t.c", List.of(new Program.Global("g", "int", new Program.Init.Zero(), Span.NONE)),
                Map.of("f", f));
    }

    @Test
    void wellFormedProgramHasNoProblems() {
        var load = new Insn.Load(new Value.Reg(1, ""), new Value.Global("g"), Insn.Access.PLAIN, IntType.INT,
                Span.NONE);
        assertEquals(List.of(), IrVerifier.verify(program(List.of(load), new Terminator.Return(new Value.Reg(1, ""),
                Span.NONE))));
    }

    @Test
    void findsBadTargetsRegistersGlobalsAndCalls() {
        var load = new Insn.Load(new Value.Reg(7, ""), new Value.Global("nope"), Insn.Access.PLAIN, IntType.INT,
                Span.NONE);
        var call = new Insn.Call(null, new Value.FunctionRef("missing"), List.of(), Span.NONE);
        List<String> problems = IrVerifier.verify(program(List.of(load, call), new Terminator.Jump(3, Span.NONE)));
        assertEquals(List.of("f: register %7 is beyond the 2 registers", "f: uses the unknown global @nope",
                "f: calls missing, which the program does not define", "f: b0 jumps to missing block b3"), problems);
    }
}
