package dev.lockstep.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One to four token edits: delete, duplicate or swap a token, replace it with another of the file's
 * or with a word of the dialect (keywords, annotations, kernel API, preprocessor and litmus syntax),
 * or insert such a word.
 */
final class TokenEdits implements Mutator {

    private static final List<String> VOCABULARY = List.of("{", "}", "(", ")", "[", "]", ";", ",", ":", "?", "*",
            "&", "->", ".", "...", "=", "==", "++", "--", "<<", ">>", "/", "%", "!", "~", "#", "##", "\\\n", "\n#",
            "\n#define X\n", "\n#define F(x) x\n", "\n#include \"", "\n#if 1\n", "\n#if 0\n", "\n#else\n", "\n#endif\n",
            "\n#undef spin_lock\n", "\"", "'", "/*", "*/", "//", "if", "else", "while", "for", "do", "switch", "case",
            "default", "break", "continue", "return", "goto", "sizeof", "typeof", "struct", "union", "enum", "typedef",
            "static", "extern", "const", "volatile", "unsigned", "signed", "void", "int", "long", "char", "short",
            "_Bool", "bool", "u64", "inline", "asm", "__attribute__((cleanup(f)))", "__attribute__", "({", "})",
            "__process", "__process(instances = 3)", "__hardirq", "__softirq", "__nmi", "__init", "__final",
            "__acquires(l)", "__releases(l)", "__must_hold(l)", "__might_sleep", "__rcu", "__percpu",
            "spin_lock", "spin_unlock", "spin_lock_irqsave", "spin_unlock_irqrestore", "mutex_lock", "mutex_unlock",
            "rcu_read_lock()", "rcu_read_unlock()", "synchronize_rcu()", "kfree", "kmalloc", "msleep(1)",
            "local_irq_disable()", "local_irq_enable()", "preempt_disable()", "BUG_ON", "WARN_ON", "READ_ONCE",
            "WRITE_ONCE", "smp_mb()", "kthread_run", "request_irq", "NULL", "0", "1", "-1", "0x7fffffffffffffff",
            "18446744073709551615", "1 << 63", "/ 0", "% 0", "main", "P0", "P1", "exists", "~exists", "forall",
            "filter", "locations", "/\\", "\\/", "0:r0=1", "int *x", "\u00e9", "\u0000", "\t", "\r");

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        List<String> tokens = new ArrayList<>(Tokens.split(input.text()));
        if (tokens.isEmpty()) {
            return input.edited("token insert", Choices.one(random, VOCABULARY));
        }
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
            int at = target(tokens, random);
            switch (random.nextInt(6)) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.add(at, tokens.get(at));
                case 2 -> {
                    int other = Math.min(tokens.size() - 1, at + 2);
                    String t = tokens.get(at);
                    tokens.set(at, tokens.get(other));
                    tokens.set(other, t);
                }
                case 3 -> tokens.set(at, tokens.get(target(tokens, random)));
                case 4 -> tokens.set(at, Choices.one(random, VOCABULARY));
                default -> tokens.add(at, " " + Choices.one(random, VOCABULARY) + " ");
            }
        }
        return input.edited("token edits", String.join("", tokens));
    }

    /** A random token that is not white space or a comment, where there is one. */
    private static int target(List<String> tokens, SplittableRandom random) {
        int at = random.nextInt(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int k = (at + i) % tokens.size();
            if (!Tokens.blank(tokens.get(k))) {
                return k;
            }
        }
        return at;
    }
}
