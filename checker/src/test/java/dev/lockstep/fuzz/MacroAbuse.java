package dev.lockstep.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The preprocessor pushed where real code rarely goes: directly and mutually recursive macros
 * (object- and function-like), macros whose expansion doubles at each level, token pasting and
 * stringising of odd operands, wrong argument counts, kernel API names redefined, malformed
 * directives and conditions. Prepended to the input, or in a program of its own.
 */
final class MacroAbuse implements Mutator {

    private static final List<IntFunction<String>> FRAGMENTS = List.of(
            n -> "#define A A\nint x = A;\n",
            n -> "#define A B\n#define B A\nint x = A + B;\n",
            n -> "#define F(x) F(x)\nint y = F(1);\n",
            n -> "#define F(x) G(x) + 1\n#define G(x) F(x) * 2\nint y = F(G(1));\n",
            n -> "#define F(x) F(x x)\nint y = F(1);\n",
            n -> "#define F() F\nint y = F()()()();\n",
            n -> doubling(n),
            n -> "#define D(x) x x\nint y[] = { " + "D(".repeat(Math.min(n, 40)) + "1," + ")".repeat(Math.min(n, 40)) + " };\n",
            n -> "#define CAT(a, b) a##b\nint CAT(x, 1) = CAT(1, 2); int z = CAT(+, -) CAT(, ) CAT(/, /) 1;\n",
            n -> "#define S(x) #x\nchar *s = S(\"\\\") S() S(#) S(S(S(1)));\n",
            n -> "#define F(a, b) a + b\nint y = F(1) + F(1, 2, 3) + F((1, 2), 3) + F(\n",
            n -> "#define V(...) __VA_ARGS__\n#define W(a, ...) a __VA_OPT__(,) __VA_ARGS__\nint y = V() W(1) W(1, 2);\n",
            n -> "#define spin_lock(l) spin_lock(l)\n#define mutex_unlock(m) spin_lock(m)\n",
            n -> "#define spin_unlock spin_lock\n#define kfree(p) kfree(p); kfree(p)\n",
            n -> "#define int long\n#define if while\n#define return goto\n",
            n -> "#define __process\n#define __hardirq __process\n#define NULL 1\n#undef BUG_ON\n",
            n -> "#define f(x) x\nint y = f\n",
            n -> "#define F(x) x\nint y = F(\n#define X 1\nX);\n",
            n -> "#if 1/0\n#endif\n#if 1 % 0\n#endif\n#if 99999999999999999999999\n#endif\n",
            n -> "#if (\n#endif\n#if defined(defined)\n#endif\n#if F(\n#endif\n",
            n -> "#else\n#endif\n#elif 1\n#if 1\n#else\n#else\n#endif\n",
            n -> "#if 1\nint unterminated;\n",
            n -> "#ifdef\n#endif\n#ifndef 1\n#endif\n#define\n#define 1 2\n#undef\n",
            n -> "#line 0\n#line 4294967296 \"x.c\"\n# 1 \"other.c\"\n#pragma once\n#error stop\n#warning go\n#\n#bogus\n",
            n -> "int y = __LINE__ + __COUNTER__ + __COUNTER__;\nchar *f = __FILE__;\n",
            n -> "#define H \"" + "self.h" + "\"\n#include H\n#define I <linux/nosuch.h>\n#include I\n",
            n -> "#define L(x) x ## __LINE__\nint L(v) = " + "__COUNTER__ + ".repeat(Math.min(n, 10_000)) + "0;\n",
            n -> "#define X(a) a\n" + "int y" + " = X(X(X(1)))".repeat(Math.min(n, 5_000)) + ";\n");

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        int k = random.nextInt(FRAGMENTS.size());
        int n = Choices.size(random, 64);
        String fragment = FRAGMENTS.get(k).apply(n);
        String step = "macro abuse " + k + " (" + n + ")";
        if (Choices.chance(random, 0.5)) {
            return FuzzInput.of(step, "macros.c", fragment + "\nint x;\nvoid __process worker(void) { x++; }\n");
        }
        return input.edited(step + " prepended", fragment + input.text());
    }

    /** {@code L0} is a token and each {@code Li} two of the level below: {@code Ln} is 2^n tokens. */
    private static String doubling(int levels) {
        StringBuilder b = new StringBuilder("#define L0 1\n");
        for (int i = 1; i <= levels; i++) {
            b.append("#define L").append(i).append(" L").append(i - 1).append(" + L").append(i - 1).append('\n');
        }
        return b.append("int y = L").append(levels).append(";\n").toString();
    }
}
