package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.frontend.lex.SourceLexer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stdlib headers on the classpath, each read and lexed at most once per JVM and shared by every
 * run in it: a memo of a pure function of resources that cannot change while the JVM runs, so which
 * run asks first changes nothing. Checking a small file was half lexing the headers the prelude
 * reaches; the test suite, the fuzzer and an editor session check thousands of files in one JVM.
 * An override directory ({@code --stdlib}) is read by each run instead ({@link HeaderSource}).
 */
final class BundledStdlib {

    /** The headers found so far (a name that is no header is looked up again: names come from the input). */
    private static final Map<String, SourceFile> FILES = new ConcurrentHashMap<>();
    private static final Map<String, List<PpToken>> TOKENS = new ConcurrentHashMap<>();

    private BundledStdlib() {}

    /** The bundled header at stdlib-relative path {@code relative}, if there is one. */
    static Optional<SourceFile> file(String relative) {
        SourceFile known = FILES.get(relative);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<SourceFile> found = read(relative);
        found.ifPresent(f -> FILES.putIfAbsent(relative, f));
        return found;
    }

    /** The tokens of a bundled header (a file {@link #file} gave). */
    static List<PpToken> tokens(SourceFile file) throws InputException {
        return lexedOnce(TOKENS, file);
    }

    /** The tokens of stdlib header {@code file}, lexed the first time {@code cache} is asked for them. */
    static List<PpToken> lexedOnce(Map<String, List<PpToken>> cache, SourceFile file) throws InputException {
        List<PpToken> tokens = cache.get(file.stdlibPath());
        if (tokens == null) {
            tokens = List.copyOf(SourceLexer.lex(file.text(), file.name(), SourceLexer.Dialect.C));
            List<PpToken> earlier = cache.putIfAbsent(file.stdlibPath(), tokens);
            tokens = earlier == null ? tokens : earlier;
        }
        return tokens;
    }

    private static Optional<SourceFile> read(String relative) {
        String name = Span.STDLIB_PREFIX + relative;
        try (InputStream in = BundledStdlib.class.getResourceAsStream("/" + name)) {
            return in == null ? Optional.empty()
                    : Optional.of(new SourceFile(name, null, relative, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled stdlib header " + name + " cannot be read", e);
        }
    }
}
