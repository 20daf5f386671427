package dev.lockstep.frontend;

import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.grammar.LockstepLexer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The headers of the C prelude, in its order, each with the names it brings into a translation unit
 * (macros, declarations, names its conditionals test) and the names its own output refers to. The
 * build writes it ({@link PreludeIndexWriter}) from the bundled stdlib; the front end reads it to
 * include, for a file without includes, only the prelude's headers the file can reach
 * ({@link #headersFor}): a benchmark snippet that names four kernel functions need not be lexed,
 * parsed and lowered behind all forty of them.
 */
final class PreludeIndex {

    /** Where the build puts it, next to the prelude. */
    static final String RESOURCE = "/stdlib/lockstep/prelude.index";

    /** One header of the prelude: what it defines and what its output refers to. */
    record Header(String name, boolean always, Set<String> defines, Set<String> refers) {}

    private static final class Bundled {
        static final Optional<PreludeIndex> INDEX = load();
    }

    private final List<Header> headers;

    PreludeIndex(List<Header> headers) {
        this.headers = List.copyOf(headers);
    }

    /** The index of the bundled stdlib, read once per JVM; empty when the build wrote none. */
    static Optional<PreludeIndex> bundled() {
        return Bundled.INDEX;
    }

    List<Header> headers() {
        return headers;
    }

    /**
     * The prelude's headers, in prelude order, that a unit naming {@code names} needs: those that
     * define or test one of them, and again those that define a name the chosen ones refer to.
     */
    List<String> headersFor(Set<String> names) {
        Set<String> wanted = new HashSet<>(names);
        boolean[] chosen = new boolean[headers.size()];
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < headers.size(); i++) {
                Header h = headers.get(i);
                if (!chosen[i] && (h.always() || intersects(h.defines(), wanted))) {
                    chosen[i] = true;
                    wanted.addAll(h.refers());
                    grew = true;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (chosen[i]) {
                out.add(headers.get(i).name());
            }
        }
        return out;
    }

    /** The identifiers among {@code tokens}. */
    static Set<String> identifiers(List<PpToken> tokens) {
        Set<String> words = new HashSet<>();
        for (PpToken t : tokens) {
            if (t.type() == LockstepLexer.IDENT) {
                words.add(t.text());
            }
        }
        return words;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String name : small) {
            if (large.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<PreludeIndex> load() {
        try (InputStream in = PreludeIndex.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the prelude index " + RESOURCE + " cannot be read", e);
        }
    }

    /** Reads the text {@link #write} gives. */
    static PreludeIndex read(InputStream in) throws IOException {
        List<Header> headers = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String name = null;
        boolean always = false;
        Set<String> defines = Set.of();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1);
            switch (key) {
                case "header" -> {
                    name = rest;
                    always = false;
                }
                case "always" -> always = true;
                case "defines" -> defines = words(rest);
                case "refers" -> headers.add(new Header(name, always, defines, words(rest)));
                default -> { }
            }
        }
        return new PreludeIndex(headers);
    }

    private static Set<String> words(String spelled) {
        return spelled.isEmpty() ? Set.of() : Set.of(spelled.split(" "));
    }

    /** The index as text: per header a {@code header}, an optional {@code always}, {@code defines} and {@code refers} line. */
    String write() {
        StringBuilder out = new StringBuilder("# The C prelude's headers and the names each brings and refers to, "
                + "written by the build (PreludeIndexWriter).\n");
        for (Header h : headers) {
            out.append("header ").append(h.name()).append('\n');
            if (h.always()) {
                out.append("always\n");
            }
            out.append("defines").append(spelled(h.defines())).append('\n');
            out.append("refers").append(spelled(h.refers())).append('\n');
        }
        return out.toString();
    }

    private static String spelled(Set<String> words) {
        StringBuilder out = new StringBuilder();
        words.stream().sorted().forEach(w -> out.append(' ').append(w));
        return out.toString();
    }
}
