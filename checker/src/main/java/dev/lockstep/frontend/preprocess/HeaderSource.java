package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.Span;

import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.frontend.lex.SourceLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where included files come from: {@code <...>} from the stdlib (the classpath's {@code stdlib/} or
 * the override directory), {@code "..."} next to the including file but never outside the roots
 * (inside the stdlib: relative to the including header, then to the stdlib). Stdlib headers are
 * lexed once and their tokens shared: the bundled ones once per JVM ({@link BundledStdlib}), those
 * of an override directory once per instance.
 */
public final class HeaderSource {

    private static final String STDLIB = Span.STDLIB_PREFIX;

    private final Path stdlibOverride;
    private final List<Path> roots;
    private final Map<String, Optional<SourceFile>> stdlibFiles = new ConcurrentHashMap<>();
    private final Map<String, List<PpToken>> stdlibTokens = new ConcurrentHashMap<>();

    public HeaderSource(FrontendOptions options) {
        this.stdlibOverride = options.stdlibOverride();
        List<Path> normalized = new ArrayList<>();
        for (Path root : options.roots() == null ? List.<Path>of() : options.roots()) {
            Path absolute = root.toAbsolutePath().normalize();
            normalized.add(Files.isRegularFile(absolute) ? absolute.getParent() : absolute);
        }
        this.roots = List.copyOf(normalized);
    }

    /** A {@code <header>}: only the stdlib. */
    public Optional<SourceFile> system(String header) {
        return stdlib(header);
    }

    /** A {@code "header"} written in {@code includer}; {@code mainDirectory} is a root when none was named. */
    public Optional<SourceFile> quoted(String header, SourceFile includer, Path mainDirectory) {
        if (includer.inStdlib()) {
            int slash = includer.stdlibPath().lastIndexOf('/');
            String sibling = slash < 0 ? header : includer.stdlibPath().substring(0, slash + 1) + header;
            Optional<SourceFile> next = stdlib(sibling);
            return next.isPresent() ? next : stdlib(header);
        }
        Optional<Path> candidate = resolve(includer.path().toAbsolutePath().normalize().getParent(), header);
        if (candidate.isPresent() && withinRoots(candidate.get(), mainDirectory) && Files.isRegularFile(candidate.get())) {
            return readUser(candidate.get(), includer.path().resolveSibling(header).normalize().toString());
        }
        return Optional.empty();
    }

    /** {@code name} resolved against {@code directory}, or empty when no file can have that name (a NUL in it). */
    private static Optional<Path> resolve(Path directory, String name) {
        try {
            return Optional.of(directory.resolve(name).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The tokens of a file; a stdlib header's are lexed once and shared. */
    public List<PpToken> tokens(SourceFile file) throws InputException {
        if (!file.inStdlib()) {
            return SourceLexer.lex(file.text(), file.name(), SourceLexer.Dialect.C);
        }
        if (stdlibOverride == null) {
            return BundledStdlib.tokens(file);
        }
        return BundledStdlib.lexedOnce(stdlibTokens, file);
    }

    private boolean withinRoots(Path candidate, Path mainDirectory) {
        if (roots.isEmpty()) {
            return candidate.startsWith(mainDirectory.toAbsolutePath().normalize());
        }
        for (Path root : roots) {
            if (candidate.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /** An unreadable file resolves nowhere, like a missing one. */
    private static Optional<SourceFile> readUser(Path file, String name) {
        try {
            return Optional.of(new SourceFile(name, file, null, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<SourceFile> stdlib(String header) {
        String normalized = normalize(header);
        if (normalized == null) {
            return Optional.empty();
        }
        return stdlibFiles.computeIfAbsent(normalized, this::loadStdlib);
    }

    private Optional<SourceFile> loadStdlib(String relative) {
        if (stdlibOverride == null) {
            return BundledStdlib.file(relative);
        }
        try {
            Optional<Path> file = resolve(stdlibOverride, relative).filter(Files::isRegularFile);
            return file.isPresent()
                    ? Optional.of(new SourceFile(STDLIB + relative, file.get(), relative,
                            Files.readString(file.get(), StandardCharsets.UTF_8)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A stdlib-relative path without {@code .} and {@code ..} steps, or null when it would leave the stdlib. */
    private static String normalize(String header) {
        List<String> parts = new ArrayList<>();
        for (String part : header.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
