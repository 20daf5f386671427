package dev.lockstep.frontend;

import dev.lockstep.frontend.preprocess.HeaderSource;
import dev.lockstep.frontend.preprocess.SourceFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which stdlib header defines a kernel API: the macros of every header the C prelude reaches,
 * read once from their text. When a file calls {@code BUG_ON} without including
 * {@code <linux/bug.h>}, lockstep can say which include is missing instead of treating the call
 * as an unknown function.
 */
final class StdlibIndex {
    private static final Pattern DEFINE = Pattern.compile("^\\s*#\\s*define\\s+([A-Za-z_]\\w*)", Pattern.MULTILINE);
    /** An {@code #include <...>} line of a header's text; group 1 is the header's name. */
    static final Pattern SYSTEM_INCLUDE = Pattern.compile("^\\s*#\\s*include\\s*<([^>]+)>", Pattern.MULTILINE);

    private final Map<String, String> headerOf = new HashMap<>();

    StdlibIndex(HeaderSource headers, String prelude) {
        Deque<String> work = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        work.add(prelude);
        while (!work.isEmpty()) {
            String header = work.removeFirst();
            if (!seen.add(header)) {
                continue;
            }
            Optional<SourceFile> file = headers.system(header);
            if (file.isEmpty()) {
                continue;
            }
            String text = file.get().text();
            Matcher include = SYSTEM_INCLUDE.matcher(text);
            while (include.find()) {
                work.addLast(include.group(1));
            }
            if (!header.startsWith("lockstep/")) {
                Matcher define = DEFINE.matcher(text);
                while (define.find()) {
                    headerOf.merge(define.group(1), header, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
    }

    /** The header that defines {@code name}, if one does. */
    Optional<String> headerDefining(String name) {
        return Optional.ofNullable(headerOf.get(name));
    }
}
