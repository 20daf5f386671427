package dev.lockstep.memory.cat;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.memory.ExecutionGraph;
import dev.lockstep.memory.ExecutionGraphView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Loads a cat model: parses it, puts each {@code include}d file's statements in place (a file
 * included twice is read twice, as herd does; a cycle is an error), and evaluates it once over an
 * empty graph so that unknown names and type errors are reported now, at their line.
 */
public final class CatLoader {

    /** Where the bundled models are on the class path. */
    public static final String BUNDLED = "models/";

    /** Finds a model file by the name an {@code include} or the model table gives. */
    public interface Source {
        /** The file's text, or empty when this source has no file of that name. */
        Optional<String> read(String file) throws IOException;
    }

    private CatLoader() {
    }

    /** The models shipped with lockstep ({@code models/} on the class path). */
    public static Source bundled() {
        return file -> {
            try (InputStream in = CatLoader.class.getClassLoader().getResourceAsStream(BUNDLED + file)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        };
    }

    /** The model in {@code file}, named {@code name}; its includes are looked up beside it, then among the bundled models. */
    public static CatModel fromFile(String name, Path file) throws InputException {
        Path dir = file.toAbsolutePath().getParent();
        Source bundled = bundled();
        Source beside = f -> {
            Path p = dir.resolve(f);
            if (Files.isRegularFile(p)) {
                return Optional.of(Files.readString(p));
            }
            return bundled.read(f);
        };
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(Span.at(file.toString(), 0, 0), "cannot read the model: " + e.getMessage()));
        }
        return load(name, file.toString(), text, beside);
    }

    /** The model {@code file} (whose text is {@code text}) named {@code name}, its includes read from {@code source}. */
    public static CatModel load(String name, String file, String text, Source source) throws InputException {
        CatParser.CatFile parsed = CatParser.parse(file, text);
        List<CatStatement> statements = new ArrayList<>();
        Deque<String> including = new ArrayDeque<>();
        including.push(file);
        flatten(parsed.statements(), source, including, statements);
        CatModel model = new CatModel(name, parsed.title(), statements);
        try {
            model.validate(new ExecutionGraphView(new ExecutionGraph()));
        } catch (CatError e) {
            throw new InputException(e.diagnostic());
        }
        return model;
    }

    private static void flatten(List<CatStatement> statements, Source source, Deque<String> including,
            List<CatStatement> out) throws InputException {
        for (CatStatement s : statements) {
            if (!(s instanceof CatStatement.Include include)) {
                out.add(s);
                continue;
            }
            if (including.contains(include.file())) {
                throw new InputException(Diagnostic.error(include.span(), "'" + include.file() + "' includes itself"));
            }
            Optional<String> text;
            try {
                text = source.read(include.file());
            } catch (IOException e) {
                throw new InputException(Diagnostic.error(include.span(),
                        "cannot read '" + include.file() + "': " + e.getMessage()));
            }
            if (text.isEmpty()) {
                throw new InputException(Diagnostic.error(include.span(), "cannot find '" + include.file() + "'"));
            }
            including.push(include.file());
            flatten(CatParser.parse(include.file(), text.get()).statements(), source, including, out);
            including.pop();
        }
    }
}
