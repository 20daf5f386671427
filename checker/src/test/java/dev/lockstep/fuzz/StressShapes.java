package dev.lockstep.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated programs that push the explorer's bounds rather than its rules: many threads, loops that
 * never end (with and without memory accesses), recursion (direct and mutual, with and without a
 * base case), deep call chains, huge arrays and arithmetic C leaves undefined.
 */
final class StressShapes {

    private StressShapes() {}

    static final List<Shape> ALL = List.of(
            new Shape("many threads", StressShapes::manyThreads),
            new Shape("unbounded loop", StressShapes::unboundedLoop),
            new Shape("recursion", StressShapes::recursion),
            new Shape("deep call chain", StressShapes::callChain),
            new Shape("huge array", StressShapes::hugeArray),
            new Shape("weird arithmetic", StressShapes::arithmetic));

    private static String manyThreads(SplittableRandom r) {
        int n = Choices.size(r, 64);
        String work = Choices.one(r, "\tx++;\n", "\tspin_lock(&lock_a);\n\tx++;\n\tspin_unlock(&lock_a);\n",
                "\tatomic_inc(&counter);\n", "\tmutex_lock(&mtx);\n\tmsleep(1);\n\tmutex_unlock(&mtx);\n", "",
                "\tWRITE_ONCE(flag, READ_ONCE(flag) + 1);\n");
        return switch (r.nextInt(3)) {
            case 0 -> Programs.program(r, "static int worker(void *arg)\n{\n" + work + "\treturn 0;\n}\n\n"
                    + "static int __init start(void)\n{\n\tfor (int i = 0; i < " + n + "; i++)\n"
                    + "\t\tkthread_run(worker, NULL, \"worker\");\n\treturn 0;\n}\nmodule_init(start);\n");
            case 1 -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    b.append(Programs.entry("__process", "thread" + i, work));
                }
                yield Programs.program(r, b.toString());
            }
            default -> Programs.program(r, Programs.entry("__process(instances = " + n + ")", "instance", work));
        };
    }

    private static String unboundedLoop(SplittableRandom r) {
        String loop = Choices.one(r,
                "\twhile (1)\n\t\t;\n",
                "\twhile (1)\n\t\tx++;\n",
                "\tfor (;;) {\n\t\tint i = 0;\n\t\ti++;\n\t}\n",
                "\tint i = 0;\n\tfor (;;)\n\t\ti++;\n",
                "\tint i = 0;\nagain:\n\ti++;\n\tgoto again;\n",
                "\tagain:\n\tx++;\n\tgoto again;\n",
                "\tdo {\n\t\tWRITE_ONCE(flag, 1);\n\t} while (1);\n",
                "\twhile (READ_ONCE(flag) == 0)\n\t\tcpu_relax();\n",
                "\twhile (1) {\n\t\tspin_lock(&lock_a);\n\t\tx++;\n\t\tspin_unlock(&lock_a);\n\t}\n",
                "\twhile (1)\n\t\twhile (1)\n\t\t\ty++;\n",
                "\tunsigned char c = 0;\n\twhile (c < 300)\n\t\tc++;\n",
                "\tfor (int i = 0; i >= 0; i++)\n\t\tx = i;\n",
                "\twhile (atomic_read(&counter) != 5)\n\t\t;\n",
                "\tfor (long i = 0; i < 100000000; i++)\n\t\t;\n",
                "\tfor (long i = 0; i < 100000000; i++)\n\t\tx++;\n",
                "\twhile (1) {\n\t\tif (READ_ONCE(flag))\n\t\t\tbreak;\n\t}\n");
        String peer = Choices.chance(r, 0.5) ? Programs.entry("__process", "setter", "\tWRITE_ONCE(flag, 1);\n") : "";
        return Programs.program(r, Programs.entry(Programs.context(r), "looper", loop) + peer);
    }

    private static String recursion(SplittableRandom r) {
        String depth = Choices.one(r, "3", "50", "2000", "100000");
        String access = Choices.one(r, "", "x++;", "WRITE_ONCE(x, n);", "spin_lock(&lock_a); spin_unlock(&lock_a);");
        String functions = switch (r.nextInt(5)) {
            case 0 -> "static int rec(int n)\n{\n\t" + access + "\n\tif (n <= 0)\n\t\treturn 0;\n\treturn rec(n - 1) + 1;\n}\n";
            case 1 -> "static int rec(int n)\n{\n\t" + access + "\n\treturn rec(n + 1);\n}\n";
            case 2 -> "static int odd(int n);\nstatic int even(int n)\n{\n\t" + access
                    + "\n\treturn n == 0 ? 1 : odd(n - 1);\n}\nstatic int odd(int n)\n{\n\treturn n == 0 ? 0 : even(n - 1);\n}\n"
                    + "static int rec(int n)\n{\n\treturn even(n);\n}\n";
            case 3 -> "static int ping(int n);\nstatic int pong(int n)\n{\n\t" + access
                    + "\n\treturn ping(n);\n}\nstatic int ping(int n)\n{\n\treturn pong(n) + 1;\n}\n"
                    + "static int rec(int n)\n{\n\treturn ping(n);\n}\n";
            default -> "static int rec(int n);\nstatic int (*fp)(int) = rec;\nstatic int rec(int n)\n{\n\t" + access
                    + "\n\tif (n == 0)\n\t\treturn 0;\n\treturn fp(n - 1);\n}\n";
        };
        String entry = Programs.entry(Programs.context(r), "caller", "\tx = rec(" + depth + ");\n");
        return Programs.program(r, functions + "\n" + entry);
    }

    private static String callChain(SplittableRandom r) {
        int n = Choices.size(r, 300);
        String deepest = Choices.one(r, "x++;", "spin_lock(&lock_a);", "spin_unlock(&lock_a);", "msleep(1);",
                "spin_lock(&lock_a); x++; spin_unlock(&lock_a);");
        StringBuilder b = new StringBuilder("static void f" + n + "(void)\n{\n\t" + deepest + "\n}\n");
        for (int i = n - 1; i >= 0; i--) {
            String around = i % 7 == 3 && Choices.chance(r, 0.3) ? "spin_lock(&lock_b); f" + (i + 1)
                    + "(); spin_unlock(&lock_b);" : "f" + (i + 1) + "();";
            b.append("static void f").append(i).append("(void)\n{\n\t").append(around).append("\n}\n");
        }
        b.append('\n').append(Programs.entry(Programs.context(r), "top", "\tf0();\n"));
        return Programs.program(r, b.toString());
    }

    private static String hugeArray(SplittableRandom r) {
        String size = Choices.one(r, "1 << 20", "1 << 30", "0x7fffffff", "100000", "1 << 16][1 << 16");
        String index = Choices.one(r, "0", "-1", "x", "1 << 29", "0x7ffffffe", "x - 1", "99999");
        String element = Choices.one(r, "int", "struct obj", "spinlock_t", "long");
        String use = switch (element) {
            case "struct obj" -> "\tspin_lock(&big[" + index + "].lock);\n\tbig[" + index + "].value++;\n\tspin_unlock(&big["
                    + index + "].lock);\n";
            case "spinlock_t" -> "\tspin_lock(&big[" + index + "]);\n\tspin_unlock(&big[" + index + "]);\n";
            default -> size.contains("][") ? "\tbig[" + index + "][" + index + "] = 1;\n" : "\tbig[" + index + "] = 1;\n"
                    + "\tfor (int i = 0; i < 4; i++)\n\t\tx += big[i];\n";
        };
        return Programs.program(r, "static " + element + " big[" + size + "];\n\n"
                + Programs.entry(Programs.context(r), "user", use) + Programs.entry("__process", "other", use));
    }

    private static String arithmetic(SplittableRandom r) {
        String expression = Choices.one(r, "x / 0", "x % 0", "1 << 64", "1 << -1", "x << 65", "-2147483648 / -1",
                "(-9223372036854775807 - 1) / -1", "(-9223372036854775807 - 1) % -1", "(unsigned)-1 + 1", "(char)300",
                "-1 >> 1", "1u >> 32", "x / (y - y)", "1UL << 63 >> 63", "x / READ_ONCE(flag)", "(int)0x80000000",
                "~0ULL * ~0ULL", "x % -1", "(short)65536", "sizeof(int) * -1");
        String where = Choices.one(r, "value", "index", "condition", "static", "case", "if", "shift amount");
        String body = switch (where) {
            case "index" -> "\tint a[4];\n\ta[" + expression + "] = 1;\n";
            case "condition" -> "\tBUG_ON((" + expression + ") == 12345);\n";
            case "static" -> "\tstatic int s = " + expression + ";\n\tx = s;\n";
            case "case" -> "\tswitch (x) {\n\tcase " + expression + ":\n\t\tx = 1;\n\t\tbreak;\n\t}\n";
            case "if" -> "\tif (" + expression + ")\n\t\tspin_lock(&lock_a);\n\tx = 0;\n";
            case "shift amount" -> "\tx = 1 << (" + expression + ");\n";
            default -> "\tx = " + expression + ";\n";
        };
        String preprocessor = Choices.chance(r, 0.2) ? "#if " + expression + "\nint in_if;\n#endif\n" : "";
        return Programs.program(r, preprocessor + Programs.entry(Programs.context(r), "compute", body)
                + Programs.entry("__process", "zeroer", "\tWRITE_ONCE(flag, 0);\n\ty = 0;\n"));
    }
}
