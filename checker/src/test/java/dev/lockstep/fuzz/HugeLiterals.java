package dev.lockstep.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Literals and sizes at and past every limit: integers past 64 bits, malformed suffixes and bases,
 * floating literals, a string of a megabyte, an identifier of 100,000 characters, character literals
 * with too many digits, arrays of 2^62 elements or of negative size, entry points with absurd
 * instance counts. Written over a literal of the input, or added to it.
 */
final class HugeLiterals implements Mutator {

    private static final List<String> NUMBERS = List.of("18446744073709551615", "18446744073709551616",
            "0xFFFFFFFFFFFFFFFFF", "99999999999999999999999999999999999999", "0777777777777777777777777", "09", "0x",
            "0b102", "1e308", "1e99999", "0x1p-1074", ".5", "1.", "1ULLL", "1uu", "9223372036854775808",
            "-9223372036854775808", "2147483648", "0x7fffffffffffffff", "1LU", "0", "-0", "'\\777'", "'\\xFFFFFFFFF'",
            "'abcdefghij'", "''", "L'x'", "u8\"x\"");

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> overLiteral(input, random);
            case 1 -> input.edited("huge declaration", declaration(random) + "\n" + input.text());
            case 2 -> hugeEntry(input, random);
            default -> FuzzInput.of("huge literal program", "huge.c", declaration(random)
                    + "\nint x;\nvoid __process worker(void) { x = sizeof(x); }\n");
        };
    }

    private static FuzzInput overLiteral(FuzzInput input, SplittableRandom random) {
        List<String> tokens = new ArrayList<>(Tokens.split(input.text()));
        List<Integer> literals = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (Tokens.isNumber(tokens.get(i)) || Tokens.isString(tokens.get(i))) {
                literals.add(i);
            }
        }
        if (literals.isEmpty()) {
            return input.edited("huge declaration", declaration(random) + "\n" + input.text());
        }
        int at = Choices.one(random, literals);
        String replacement = Tokens.isString(tokens.get(at)) && random.nextBoolean()
                ? "\"" + "A".repeat(Choices.size(random, 1_000_000)) + "\""
                : Choices.one(random, NUMBERS);
        tokens.set(at, replacement);
        return input.edited("literal replaced by " + abbreviated(replacement), String.join("", tokens));
    }

    private static String declaration(SplittableRandom random) {
        return switch (random.nextInt(9)) {
            case 0 -> "static int big[" + Choices.one(random, "0x7fffffff", "1ULL << 62", "-1", "0", "1 << 31",
                    "18446744073709551615", "0x100000000") + "];\nvoid __process big_writer(void) { big[1] = 1; big["
                    + Choices.one(random, "-1", "0x7ffffffe", "1 << 30", "99999999999") + "] = 2; }";
            case 1 -> "static char s[] = \"" + "x".repeat(Choices.size(random, 1_000_000)) + "\";";
            case 2 -> "static int " + "v".repeat(Choices.size(random, 100_000)) + ";";
            case 3 -> "static long l = " + Choices.one(random, NUMBERS) + ";";
            case 4 -> "static int a[3] = { " + "1, ".repeat(Choices.size(random, 100_000)) + "};";
            case 5 -> "struct big { char c[0x7fffffffffffffff]; int i[0x7fffffff]; };\nstatic struct big b;";
            case 6 -> "static int x2 = 1 << 63, y2 = 1 >> -1, z2 = 0x7fffffff + 1, w2 = -2147483648 / -1;";
            case 7 -> "enum big { E0 = 0x7fffffffffffffff, E1, E2 = -9223372036854775807 - 1, E3 };";
            default -> "static char c = " + Choices.one(random, "'\\777'", "'\\xFFFFFFFFF'", "'abcdefghij'", "''",
                    "'\\q'", "'\\", "\"\\x\"") + ";";
        };
    }

    private static FuzzInput hugeEntry(FuzzInput input, SplittableRandom random) {
        String spec = Choices.one(random, "__process(instances = 100000)", "__process(instances = 0)",
                "__process(instances = -1)", "__process(cpu = 1000000)", "__process(cpu = -1)",
                "__hardirq(times = 99999999)", "__hardirq(cpu = 65)", "__softirq(times = 0)",
                "__process(instances = 9999999999999999999)", "__process(bogus = 1)", "__process(instances = x)",
                "__process(cpu = 0, cpu = 1)", "__nmi(times = 1000)");
        return input.edited("entry " + spec, input.text() + "\nstatic int fuzz_counter;\nstatic void " + spec
                + " fuzz_entry(void) { fuzz_counter++; }\n");
    }

    private static String abbreviated(String s) {
        return s.length() <= 40 ? s : s.substring(0, 20) + "... (" + s.length() + " characters)";
    }
}
