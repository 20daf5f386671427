package dev.lockstep.fuzz;

import java.util.SplittableRandom;

/**
 * Includes that loop or blow up: the input including itself (with and without a guard), headers
 * including each other, a chain of headers each including the next twice without guards (2^n
 * inclusions), {@code #include __FILE__}, and names that resolve to nothing, to directories, outside
 * the roots, or to files that never end.
 */
final class SelfInclusion implements Mutator {

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        String self = input.fileName();
        return switch (random.nextInt(8)) {
            case 0 -> input.edited("includes itself", "#include \"" + self + "\"\n" + input.text());
            case 1 -> input.edited("includes itself under a guard", "#ifndef ONCE\n#define ONCE\n#include \"" + self
                    + "\"\n#endif\n" + input.text());
            case 2 -> input.with("a.h includes b.h", "a.h", "#include \"b.h\"\nint a;\n")
                    .with("b.h includes a.h", "b.h", "#include \"a.h\"\nint b;\n")
                    .edited("includes a.h", "#include \"a.h\"\n" + input.text());
            case 3 -> fanOut(input, 8 + random.nextInt(40), Choices.chance(random, 0.5));
            case 4 -> input.edited("includes __FILE__", "#include __FILE__\n" + input.text());
            case 5 -> input.edited("includes odd names", "#include \"" + Choices.one(random, ".", "..", "", "/",
                    "/dev/zero", "/proc/self/mem", "../../../../../../etc/hostname", "sub/", "a.h\0b",
                    "x.litmus", self + "/..") + "\"\n" + input.text());
            case 6 -> input.edited("includes odd system names", "#include <" + Choices.one(random, "", "linux/",
                    "../../../../etc/hostname", "/dev/zero", "linux/../linux/spinlock.h", "lockstep/litmus.h",
                    "lockstep/intrinsics.h", "linux/spinlock.h>", "linux/nosuch.h") + ">\n" + input.text());
            default -> input.edited("malformed include", Choices.one(random, "#include\n", "#include \"\n",
                    "#include <linux/spinlock.h\n", "#include linux/spinlock.h\n", "#include \"a.h\" \"b.h\"\n",
                    "#include_next <linux/spinlock.h>\n", "#import \"x.h\"\n") + input.text());
        };
    }

    /** {@code h0.h} includes {@code h1.h} twice, and so on: 2^levels inclusions unless guarded or refused. */
    private static FuzzInput fanOut(FuzzInput input, int levels, boolean pragmaOnce) {
        FuzzInput out = input;
        for (int i = 0; i < levels; i++) {
            String next = i + 1 < levels ? "#include \"h" + (i + 1) + ".h\"\n" : "";
            out = out.with("h" + i + ".h", "h" + i + ".h", (pragmaOnce ? "#pragma once\n" : "") + next + next
                    + "int v" + i + ";\n");
        }
        return out.edited("fan-out of " + levels + " headers" + (pragmaOnce ? " with #pragma once" : ""),
                "#include \"h0.h\"\n" + input.text());
    }
}
