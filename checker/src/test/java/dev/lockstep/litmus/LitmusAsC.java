package dev.lockstep.litmus;

import dev.lockstep.frontend.Frontend;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.Param;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.frontend.ast.TranslationUnit;
import dev.lockstep.frontend.ast.TypeRef;
import dev.lockstep.frontend.print.AstPrinter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A litmus test written as a C program of lockstep's dialect, as the kernel's litmus shapes are
 * written in C: each location a global of the type the test gives it ({@code int **y} makes
 * {@code int *y}), initialised as the init block says; each process {@code Pn} as written, with
 * the registers the conditions name copied to globals at its end, called with the globals'
 * addresses by an entry pinned to CPU n; the filter an assumption and the final condition's
 * proposition a {@code BUG_ON} in a {@code __final} function, so that the assertion fails exactly
 * in the executions herd7 counts as positive. The test must come parsed with its primitives as
 * written (see {@link LitmusAsCTest}), so that the program reads them through the C headers.
 */
final class LitmusAsC {

    /** The program's text and the line of its {@code BUG_ON}. */
    record CProgram(String text, int assertionLine) {}

    private record Location(String name, TypeRef type, Expr init) {}

    private static final Span S = Span.NONE;
    private static final Pattern PROCESS = Pattern.compile("P(\\d+)");
    private static final TypeRef INT = new TypeRef.Named("int", S);
    private static final TypeRef VOID = new TypeRef.Named("void", S);
    private static final Map<String, String> ATOMIC_INITS = Map.of("atomic_t", "ATOMIC_INIT",
            "atomic_long_t", "ATOMIC_LONG_INIT", "atomic64_t", "ATOMIC64_INIT");
    /** The headers of the kernel types a location may have (the primitives' headers come from the front end). */
    private static final Map<String, String> TYPE_HEADERS = Map.of("spinlock_t", "linux/spinlock.h",
            "raw_spinlock_t", "linux/spinlock.h", "atomic_t", "linux/atomic.h", "atomic_long_t", "linux/atomic.h",
            "atomic64_t", "linux/atomic.h", "srcu_struct", "linux/srcu.h");
    private static final String INTRINSICS = "lockstep/intrinsics.h";

    private final Function<String, Optional<String>> headerOf;

    /** {@code c}: the front end that reads the program, asked which stdlib header defines each primitive. */
    LitmusAsC(Frontend c) {
        this.headerOf = c::headerDefining;
    }

    CProgram convert(Litmus litmus) {
        Map<String, Location> locations = locations(litmus);
        Map<String, TypeRef> types = new LinkedHashMap<>();
        locations.values().forEach(l -> types.put(l.name(), l.type()));
        ConditionAsC condition = new ConditionAsC(types);
        List<Decl> globals = new ArrayList<>();
        declarationOrder(locations).forEach(l -> globals.add(new Decl.Var(List.of(), l.type(), l.name(), l.init(),
                List.of(), S)));
        List<Decl> functions = new ArrayList<>();
        Map<Integer, Set<String>> outputs = outputs(litmus);
        for (Decl.Function p : litmus.processes()) {
            int cpu = index(p);
            Set<String> registers = outputs.getOrDefault(cpu, Set.of());
            ProcessAsC process = new ProcessAsC(p, cpu, types.keySet(), registerInits(litmus, cpu, types.keySet()),
                    registers);
            for (String register : registers) {
                String global = ConditionAsC.registerGlobal(cpu, register);
                if (types.containsKey(global)) {
                    throw new IllegalArgumentException(litmus.file() + ": a location is named " + global
                            + ", the global that register " + cpu + ":" + register + " is copied to");
                }
                globals.add(new Decl.Var(List.of(), process.typeOf(register), global, null, List.of(), S));
            }
            functions.add(process.function());
            functions.add(entry(p, cpu));
        }
        if (outputs.keySet().stream().anyMatch(n -> litmus.processes().stream().noneMatch(p -> index(p) == n))) {
            throw new IllegalArgumentException(litmus.file()
                    + ": a condition names a register of a process the test lacks");
        }
        functions.add(finalCheck(litmus, condition));
        return print(litmus, globals, functions);
    }

    /** Locations in order of mention: the init block, the processes' parameters, the addresses in initial values. */
    private static Map<String, Location> locations(Litmus litmus) {
        Map<String, TypeRef> paramTypes = new LinkedHashMap<>();
        for (Decl.Function p : litmus.processes()) {
            for (Param param : p.params()) {
                if (!(param.type() instanceof TypeRef.Pointer pointer)) {
                    throw new IllegalArgumentException(litmus.file() + ": parameter " + param.name() + " of " + p.name()
                            + " is no pointer to a location");
                }
                paramTypes.putIfAbsent(param.name(), pointer.target());
            }
        }
        Map<String, Location> result = new LinkedHashMap<>();
        for (Litmus.InitEntry e : litmus.init()) {
            if (e.process() < 0) {
                TypeRef type = e.type() != null ? e.type() : paramTypes.getOrDefault(e.name(), INT);
                Expr init = e.type() != null ? e.value() : initValue(e.value(), type);
                result.put(e.name(), new Location(e.name(), type, init));
            }
        }
        paramTypes.forEach((name, type) -> result.putIfAbsent(name, new Location(name, type, null)));
        for (Litmus.InitEntry e : litmus.init()) {
            Expr target = e.value() instanceof Expr.Unary u && u.op().equals("&") ? u.operand() : e.value();
            if (target instanceof Expr.Name n) {
                result.putIfAbsent(n.name(), new Location(n.name(), INT, null));
            }
        }
        return result;
    }

    /** The locations in their order of mention, but each after those whose address its initial value takes. */
    private static List<Location> declarationOrder(Map<String, Location> locations) {
        List<Location> pending = new ArrayList<>(locations.values());
        List<Location> ordered = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        while (!pending.isEmpty()) {
            Location next = pending.stream().filter(l -> AstNodes.all(l.init(), Expr.Name.class).stream()
                    .map(Expr.Name::name).filter(n -> locations.containsKey(n) && !n.equals(l.name()))
                    .allMatch(declared::contains)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the initial values of " + pending
                            + " name each other"));
            pending.remove(next);
            ordered.add(next);
            declared.add(next.name());
        }
        return ordered;
    }

    /** herd's untyped {@code y=x} gives a pointer x's address, and an atomic_t its counter's value. */
    private static Expr initValue(Expr value, TypeRef type) {
        if (value instanceof Expr.Name n && type instanceof TypeRef.Pointer) {
            return new Expr.Unary("&", n, S);
        }
        String atomicInit = type instanceof TypeRef.Named named ? ATOMIC_INITS.get(named.name()) : null;
        if (atomicInit != null) {
            return new Expr.Call(new Expr.Name(atomicInit, S), List.of(value), S);
        }
        return value;
    }

    /** The registers the filter and the final condition name, per process, in order of mention. */
    private static Map<Integer, Set<String>> outputs(Litmus litmus) {
        Map<Integer, Set<String>> result = new LinkedHashMap<>();
        List<Litmus.Condition> conditions = litmus.filter() == null ? List.of(litmus.condition())
                : List.of(litmus.filter(), litmus.condition());
        for (Litmus.Prop.Equals e : AstNodes.all(conditions, Litmus.Prop.Equals.class)) {
            if (e.process() >= 0) {
                result.computeIfAbsent(e.process(), k -> new LinkedHashSet<>()).add(e.name());
            }
        }
        return result;
    }

    /** The initial values the init block gives process {@code cpu}'s registers ({@code 0:r1=x} is x's address). */
    private static Map<String, Expr> registerInits(Litmus litmus, int cpu, Set<String> locations) {
        Map<String, Expr> result = new LinkedHashMap<>();
        for (Litmus.InitEntry e : litmus.init()) {
            if (e.process() == cpu) {
                boolean address = e.value() instanceof Expr.Name n && locations.contains(n.name());
                result.put(e.name(), address ? new Expr.Unary("&", e.value(), S) : e.value());
            }
        }
        return result;
    }

    private static int index(Decl.Function process) {
        Matcher m = PROCESS.matcher(process.name());
        if (!m.matches()) {
            throw new IllegalArgumentException("a litmus process is named Pn, not " + process.name());
        }
        return Integer.parseInt(m.group(1));
    }

    /** {@code __process(cpu = n) void Pn_entry(void) { Pn(&x, &y); }}. */
    private static Decl.Function entry(Decl.Function process, int cpu) {
        List<Expr> args = new ArrayList<>();
        for (Param param : process.params()) {
            args.add(new Expr.Unary("&", new Expr.Name(param.name(), S), S));
        }
        Annotation pinned = new Annotation("__process",
                List.of(new Annotation.Arg("cpu", new Expr.IntLit(cpu, Integer.toString(cpu), S), S)), S);
        Stmt call = new Stmt.ExprStmt(new Expr.Call(new Expr.Name(process.name(), S), args, S), S);
        return new Decl.Function(List.of(), VOID, process.name() + "_entry", List.of(), TypeRef.Variadic.FIXED,
                List.of(pinned), new Stmt.Block(List.of(call), S), S);
    }

    /** {@code __final void final_condition(void) { __ls_assume(filter); BUG_ON(proposition); }}. */
    private static Decl.Function finalCheck(Litmus litmus, ConditionAsC condition) {
        List<Stmt> body = new ArrayList<>();
        if (litmus.filter() != null) {
            body.add(call("__ls_assume", condition.expr(litmus.filter().prop())));
        }
        body.add(call("BUG_ON", condition.expr(litmus.condition().prop())));
        return new Decl.Function(List.of(), VOID, "final_condition", List.of(), TypeRef.Variadic.FIXED,
                List.of(new Annotation("__final", List.of(), S)), new Stmt.Block(body, S), S);
    }

    private static Stmt call(String function, Expr argument) {
        return new Stmt.ExprStmt(new Expr.Call(new Expr.Name(function, S), List.of(argument), S), S);
    }

    private CProgram print(Litmus litmus, List<Decl> globals, List<Decl> functions) {
        StringBuilder out = new StringBuilder("/* The litmus test " + litmus.name() + " as a C program. */\n");
        for (String header : headers(globals, functions)) {
            out.append("#include <").append(header).append(">\n");
        }
        out.append('\n').append(AstPrinter.print(new TranslationUnit(litmus.file(), globals)));
        for (Decl f : functions) {
            out.append('\n').append(AstPrinter.print(new TranslationUnit(litmus.file(), List.of(f))));
        }
        String text = out.toString();
        List<String> lines = text.lines().toList();
        List<Integer> assertions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("BUG_ON(")) {
                assertions.add(i + 1);
            }
        }
        if (assertions.size() != 1) {
            throw new IllegalStateException(litmus.file() + ": the program has " + assertions.size() + " BUG_ON lines");
        }
        return new CProgram(text, assertions.get(0));
    }

    /** The headers of the primitives the program calls and of the kernel types it declares, sorted. */
    private Set<String> headers(List<Decl> globals, List<Decl> functions) {
        Set<String> defined = new TreeSet<>();
        functions.forEach(f -> defined.add(((Decl.Function) f).name()));
        Set<String> headers = new TreeSet<>();
        List<List<Decl>> program = List.of(globals, functions);
        for (Expr.Call call : AstNodes.all(program, Expr.Call.class)) {
            if (call.callee() instanceof Expr.Name n && !defined.contains(n.name())) {
                headers.add(n.name().startsWith("__ls_") ? INTRINSICS : headerOf.apply(n.name()).orElseThrow(
                        () -> new IllegalArgumentException("no stdlib header defines " + n.name())));
            }
        }
        AstNodes.all(program, TypeRef.Named.class).forEach(t -> add(headers, TYPE_HEADERS.get(t.name())));
        AstNodes.all(program, TypeRef.Struct.class).forEach(t -> add(headers, TYPE_HEADERS.get(t.tag())));
        return headers;
    }

    private static void add(Set<String> headers, String header) {
        if (header != null) {
            headers.add(header);
        }
    }
}
