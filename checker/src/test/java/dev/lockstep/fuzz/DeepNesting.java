package dev.lockstep.fuzz;

import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Nesting and chains far deeper than code is written, near the front end's limits (256 brackets,
 * 4,096 operators or statements) and far past them: blocks, parentheses, calls, initialisers, statement expressions and conditionals; chains of
 * binary and unary operators, assignments, casts, {@code else if}, labels and {@code case}s, which
 * no bracket counts; {@code #if} stacks. Inserted into a block of the input, or as a program of its own.
 */
final class DeepNesting implements Mutator {

    private static final int[] DEPTHS = {2, 30, 200, 255, 256, 257, 1_000, 4_096, 4_097, 20_000, 100_000};

    private record Form(String name, IntFunction<String> statement) {}

    private static final Form[] FORMS = {
        new Form("blocks", d -> "{".repeat(d) + " x++; " + "}".repeat(d)),
        new Form("parentheses", d -> "x = " + "(".repeat(d) + "x" + ")".repeat(d) + ";"),
        new Form("calls", d -> "x = " + "f(".repeat(d) + "x" + ")".repeat(d) + ";"),
        new Form("initialisers", d -> "int a[1] = " + "{".repeat(d) + "0" + "}".repeat(d) + ";"),
        new Form("statement expressions", d -> "x = " + "({ ".repeat(d) + "x;" + " });".repeat(d)),
        new Form("if chain", d -> "if (x) ".repeat(d) + "x++;"),
        new Form("else if chain", d -> chain(d, i -> "if (x == " + i + ") x = " + (i + 1) + "; else ") + "x = 0;"),
        new Form("while chain", d -> "while (x) ".repeat(d) + "x--;"),
        new Form("do chain", d -> "do ".repeat(d) + "x--;" + " while (0);".repeat(d)),
        new Form("for chain", d -> "for (;x;) ".repeat(d) + "x--;"),
        new Form("sum", d -> "x = x" + " + x".repeat(d) + ";"),
        new Form("logical chain", d -> "if (x" + " && x".repeat(d) + ") x = 1;"),
        new Form("comma chain", d -> "x = (x" + ", x".repeat(d) + ");"),
        new Form("assignment chain", d -> "x" + " = x".repeat(d) + " = 1;"),
        new Form("conditional chain", d -> "x = " + "x ? 1 : ".repeat(d) + "0;"),
        new Form("negations", d -> "x = " + "- ".repeat(d) + "x;"),
        new Form("nots", d -> "x = " + "!".repeat(d) + "x;"),
        new Form("dereferences", d -> "x = " + "*".repeat(d) + "p;"),
        new Form("address-ofs", d -> "p = " + "&".repeat(d) + "x;"),
        new Form("casts", d -> "x = " + "(int)".repeat(d) + "x;"),
        new Form("labels", d -> chain(d, i -> "l" + i + ": ") + "x++;"),
        new Form("cases", d -> "switch (x) { " + chain(d, i -> "case " + i + ": ") + "x++; }"),
        new Form("switches", d -> "switch (x) ".repeat(d) + "x++;"),
        new Form("statements", d -> "x++; ".repeat(d)),
        new Form("conditional directives", d -> "\n" + "#if 1\n".repeat(d) + "x++;\n" + "#endif\n".repeat(d)),
    };

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        Form form = Choices.one(random, FORMS);
        int depth = DEPTHS[random.nextInt(DEPTHS.length)];
        String statement = form.statement().apply(depth);
        String step = form.name() + " " + depth + " deep";
        int brace = input.text().indexOf("{\n", random.nextInt(Math.max(1, input.text().length())));
        if (Choices.chance(random, 0.5) || brace < 0) {
            String program = "int x;\nint *p;\nint f(int a) { return a; }\n\nvoid __process worker(void)\n{\n\t"
                    + statement + "\n}\n";
            return FuzzInput.of(step, "nested.c", program);
        }
        String text = input.text();
        return input.edited(step + " inserted", text.substring(0, brace + 2) + statement + "\n" + text.substring(brace + 2));
    }

    private static String chain(int n, IntFunction<String> part) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(part.apply(i));
        }
        return b.toString();
    }
}
