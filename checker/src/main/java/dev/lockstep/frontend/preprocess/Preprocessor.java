package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.frontend.lex.SourceLexer;
import dev.lockstep.grammar.LockstepLexer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the directives of a file and its includes and expands the rest: one instance per parse.
 * The output is the token sequence the parser reads.
 */
public final class Preprocessor {

    private static final int MAX_INCLUDE_DEPTH = 64;
    /**
     * More inclusions than this in one translation unit is headers including each other without
     * guards (a chain that includes each next header twice makes 2^n of them), not a program.
     */
    private static final int MAX_INCLUSIONS = 10_000;
    /** More tokens than this out of one translation unit is a runaway, not a program. */
    static final int TOKEN_LIMIT = 2_000_000;

    private final HeaderSource headers;
    private final Path mainDirectory;
    private final Map<String, Macro> macros = new HashMap<>();
    private final MacroExpander expander = new MacroExpander(macros);
    private final IfCondition conditions = new IfCondition(expander);
    private final Set<String> onceOnly = new HashSet<>();
    /** The macro names {@code #define}/{@code #undef} touched and the words conditionals tested, when recorded. */
    private Set<String> defined;
    private Set<String> tested;
    private final List<Diagnostic> notes = new ArrayList<>();
    private List<PpToken> output = new ArrayList<>();
    private int depth;
    private int inclusions;
    private long produced;

    /** {@code defines} are the {@code -D} definitions (an empty value means 1). */
    public Preprocessor(HeaderSource headers, Map<String, String> defines, Path mainDirectory) throws InputException {
        this.headers = headers;
        this.mainDirectory = mainDirectory;
        for (Map.Entry<String, String> define : defines.entrySet()) {
            String value = define.getValue() == null || define.getValue().isEmpty() ? "1" : define.getValue();
            String text = "#define " + define.getKey() + " " + value + "\n";
            SourceFile commandLine = new SourceFile("<command line>", null, null, text);
            processFile(commandLine, SourceLexer.lex(text, commandLine.name(), SourceLexer.Dialect.C));
        }
    }

    /** Includes {@code <header>} as if written at {@code at}; returns the tokens it produced. */
    public List<PpToken> includeSystem(String header, Span at) throws InputException {
        include(new HeaderName(header, HeaderName.Kind.SYSTEM), null, at);
        return takeOutput();
    }

    /** Preprocesses a main file given as tokens; returns the tokens it produced. */
    public List<PpToken> run(SourceFile file, List<PpToken> tokens) throws InputException {
        processFile(file, tokens);
        return takeOutput();
    }

    public List<Diagnostic> notes() {
        return List.copyOf(notes);
    }

    /**
     * From now on, records the macro names {@code #define} and {@code #undef} touch and the words
     * conditional directives test, for {@link #takeDefinedNames} and {@link #takeTestedNames} (what
     * the build's prelude index needs; a run that only preprocesses keeps nothing).
     */
    public void recordNames() {
        defined = new HashSet<>();
        tested = new HashSet<>();
    }

    /** The macro names a {@code #define} or {@code #undef} has touched since the last call. */
    public Set<String> takeDefinedNames() {
        return take(defined);
    }

    /**
     * The words a conditional directive has tested since the last call: an {@code #if},
     * {@code #ifdef} or {@code #ifndef} outside skipped text, and any {@code #elif}.
     */
    public Set<String> takeTestedNames() {
        return take(tested);
    }

    private static Set<String> take(Set<String> names) {
        if (names == null) {
            throw new IllegalStateException("names are recorded only after recordNames()");
        }
        Set<String> taken = Set.copyOf(names);
        names.clear();
        return taken;
    }

    private List<PpToken> takeOutput() {
        List<PpToken> produced = output;
        output = new ArrayList<>();
        return produced;
    }

    private void processFile(SourceFile file, List<PpToken> tokens) throws InputException {
        ConditionalStack conditional = new ConditionalStack();
        List<PpToken> chunk = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && tokens.get(end).type() != LockstepLexer.NEWLINE) {
                end++;
            }
            if (i < end && tokens.get(i).type() == LockstepLexer.HASH) {
                flush(chunk);
                directive(file, tokens.get(i), tokens.subList(i + 1, end), conditional);
            } else if (conditional.active()) {
                for (int k = i; k < end; k++) {
                    chunk.add(tokens.get(k));
                }
            }
            i = end + 1;
        }
        flush(chunk);
        conditional.requireClosed(endOf(file, tokens));
    }

    private static Span endOf(SourceFile file, List<PpToken> tokens) {
        if (tokens.isEmpty()) {
            return Span.at(file.name(), 1, 1);
        }
        Span last = tokens.get(tokens.size() - 1).span();
        return Span.at(file.name(), last.endLine(), last.endColumn());
    }

    private void flush(List<PpToken> chunk) throws InputException {
        if (!chunk.isEmpty()) {
            List<PpToken> expanded = expander.expand(chunk);
            produced += expanded.size();
            if (produced > TOKEN_LIMIT) {
                throw new InputException(Diagnostic.error(chunk.get(0).span(),
                        "the preprocessed program grows beyond " + TOKEN_LIMIT + " tokens here"));
            }
            output.addAll(expanded);
            chunk.clear();
        }
    }

    private void directive(SourceFile file, PpToken hash, List<PpToken> line, ConditionalStack conditional)
            throws InputException {
        if (line.isEmpty()) {
            return;
        }
        PpToken nameToken = line.get(0);
        String name = nameToken.text();
        Span at = hash.span().to(nameToken.span());
        List<PpToken> rest = line.subList(1, line.size());
        if (tested != null && (conditional.active() && (name.equals("if") || name.equals("ifdef")
                || name.equals("ifndef")) || name.equals("elif"))) {
            for (PpToken t : rest) {
                if (Tokens.isWord(t.type())) {
                    tested.add(t.text());
                }
            }
        }
        switch (name) {
            case "if" -> conditional.pushIf(conditional.active() && conditions.evaluate(rest, at), at);
            case "ifdef" -> conditional.pushIf(conditional.active() && isDefined(rest, at), at);
            case "ifndef" -> conditional.pushIf(conditional.active() && !isDefined(rest, at), at);
            case "elif" -> conditional.elif(conditional.elifNeedsCondition(at) && conditions.evaluate(rest, at), at);
            case "else" -> conditional.otherwise(at);
            case "endif" -> conditional.endif(at);
            default -> {
                if (conditional.active()) {
                    activeDirective(file, name, at, rest);
                }
            }
        }
    }

    private void activeDirective(SourceFile file, String name, Span at, List<PpToken> rest) throws InputException {
        switch (name) {
            case "define" -> {
                Macro macro = MacroDefinitions.parse(rest, at);
                macros.put(macro.name(), macro);
                touched(macro.name());
            }
            case "undef" -> {
                if (rest.isEmpty() || !Tokens.isWord(rest.get(0).type())) {
                    throw new InputException(Diagnostic.error(at, "macro names must be identifiers"));
                }
                macros.remove(rest.get(0).text());
                touched(rest.get(0).text());
            }
            case "include" -> include(HeaderName.parse(rest, at, expander), file, at);
            case "error" -> throw new InputException(Diagnostic.error(at, "#error " + Tokens.spell(rest)));
            case "warning" -> notes.add(Diagnostic.note(at, "#warning " + Tokens.spell(rest)));
            case "pragma" -> {
                if (!rest.isEmpty() && rest.get(0).text().equals("once")) {
                    onceOnly.add(file.name());
                }
            }
            case "line" -> { }
            default -> throw new InputException(Diagnostic.error(at, "invalid preprocessing directive #" + name));
        }
    }

    private void touched(String macro) {
        if (defined != null) {
            defined.add(macro);
        }
    }

    private boolean isDefined(List<PpToken> rest, Span at) throws InputException {
        if (rest.isEmpty() || !Tokens.isWord(rest.get(0).type())) {
            throw new InputException(Diagnostic.error(at, "macro names must be identifiers"));
        }
        return expander.isMacro(rest.get(0).text());
    }

    private void include(HeaderName header, SourceFile includer, Span at) throws InputException {
        Optional<SourceFile> found = header.kind() == HeaderName.Kind.QUOTED && includer != null && includer.text() != null
                && (includer.inStdlib() || includer.path() != null)
                ? headers.quoted(header.name(), includer, mainDirectory)
                : Optional.empty();
        if (found.isEmpty()) {
            found = headers.system(header.name());
        }
        if (found.isEmpty()) {
            notes.add(Diagnostic.note(at, "#include " + header.spelling() + " resolves nowhere; its declarations are missing"));
            return;
        }
        SourceFile file = found.get();
        if (onceOnly.contains(file.name())) {
            return;
        }
        if (depth >= MAX_INCLUDE_DEPTH) {
            throw new InputException(Diagnostic.error(at, "#include nested too deeply"));
        }
        if (++inclusions > MAX_INCLUSIONS) {
            throw new InputException(Diagnostic.error(at, "more than " + MAX_INCLUSIONS + " inclusions: headers "
                    + "include each other without include guards"));
        }
        depth++;
        try {
            processFile(file, headers.tokens(file));
        } finally {
            depth--;
        }
    }
}
