package dev.lockstep.frontend;

import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.TranslationUnit;
import dev.lockstep.frontend.lex.LocatedToken;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.frontend.lex.SourceLexer;
import dev.lockstep.frontend.parse.AstBuilder;
import dev.lockstep.frontend.parse.ParserRunner;
import dev.lockstep.frontend.parse.TokenFeed;
import dev.lockstep.frontend.parse.TypedefResolver;
import dev.lockstep.frontend.preprocess.HeaderSource;
import dev.lockstep.frontend.preprocess.Preprocessor;
import dev.lockstep.frontend.preprocess.SourceFile;
import dev.lockstep.grammar.LockstepParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front end: read, lex, preprocess, retype typedef names, parse, build the AST. A {@code .c}
 * file without includes is preprocessed after an implicit {@code #include <lockstep/prelude.h>}; a litmus test
 * after an implicit {@code #include <lockstep/litmus.h>}, whose declarations come back as the
 * test's prelude.
 */
public final class LockstepFrontend implements Frontend {

    /** The header every litmus test implicitly includes. */
    public static final String LITMUS_PRELUDE = "lockstep/litmus.h";

    /**
     * The header a {@code .c} file without {@code #include} lines implicitly includes first, so that
     * such a snippet (a benchmark, a textbook example) checks as written. A file that includes
     * headers gets what it includes and nothing else, so its own declarations never clash with the
     * prelude's. Of the prelude, such a file gets the headers that define a name it uses, those
     * their output needs, and so on ({@link PreludeIndex}): what the rest would add, nothing refers to.
     */
    public static final String C_PRELUDE = "lockstep/prelude.h";

    private static final java.util.regex.Pattern INCLUDE =
            java.util.regex.Pattern.compile("^[ \\t]*#[ \\t]*include\\b", java.util.regex.Pattern.MULTILINE);

    private final FrontendOptions options;
    private final HeaderSource headers;

    /** Which prelude headers a file without includes needs; null: all of them (another stdlib, or no index built). */
    private final PreludeIndex preludeIndex;
    private StdlibIndex stdlibIndex;

    LockstepFrontend(FrontendOptions options, boolean wholePrelude) {
        this.options = options;
        this.headers = new HeaderSource(options);
        this.preludeIndex = wholePrelude || options.stdlibOverride() != null ? null : PreludeIndex.bundled().orElse(null);
    }

    @Override
    public synchronized java.util.Optional<String> headerDefining(String name) {
        if (stdlibIndex == null) {
            stdlibIndex = new StdlibIndex(headers, C_PRELUDE);
        }
        return stdlibIndex.headerDefining(name);
    }

    @Override
    public CFile parseC(Path file) throws InputException {
        try {
            return parseCFile(file);
        } catch (StackOverflowError e) {
            throw tooDeep(file);
        }
    }

    @Override
    public LitmusFile parseLitmus(Path file) throws InputException {
        try {
            return parseLitmusFile(file);
        } catch (StackOverflowError e) {
            throw tooDeep(file);
        }
    }

    /**
     * Recursion deeper than the stack allows: an expression chained thousands of operators long.
     * Nesting depth is refused earlier, with a position; this is the last guard.
     */
    private static InputException tooDeep(Path file) {
        return new InputException(Diagnostic.error(Span.at(file.toString(), 1, 1),
                "the input nests too deeply to be analysed (an expression or statement chain is too long)"));
    }

    private CFile parseCFile(Path file) throws InputException {
        String name = file.toString();
        String text = read(file);
        List<PpToken> lexed = SourceLexer.lex(text, name, SourceLexer.Dialect.C);
        Preprocessed preprocessed = preprocess(file, new SourceFile(name, file, null, text), lexed);
        List<LocatedToken> parserTokens = TokenFeed.toParser(preprocessed.tokens(), endOf(name, lexed));
        new TypedefResolver().resolve(parserTokens);
        LockstepParser.TranslationUnitContext tree = ParserRunner.parse(parserTokens, LockstepParser::translationUnit);
        TranslationUnit unit = new AstBuilder().translationUnit(name, tree);
        return new CFile(unit, preprocessed.notes());
    }

    private record Preprocessed(List<PpToken> tokens, List<Diagnostic> notes) {}

    /** A C file preprocessed as it is, or after the prelude (all of it, or the headers it needs). */
    private Preprocessed preprocess(Path file, SourceFile source, List<PpToken> lexed) throws InputException {
        Span top = Span.at(source.name(), 1, 1);
        Preprocessor preprocessor = preprocessor(file);
        if (!source.name().endsWith(".c") || INCLUDE.matcher(source.text()).find()) {
            return new Preprocessed(preprocessor.run(source, lexed), preprocessor.notes());
        }
        if (preludeIndex == null) {
            List<PpToken> tokens = new ArrayList<>(preprocessor.includeSystem(C_PRELUDE, top));
            tokens.addAll(preprocessor.run(source, lexed));
            return new Preprocessed(tokens, preprocessor.notes());
        }
        Set<String> names = PreludeIndex.identifiers(lexed);
        for (Map.Entry<String, String> define : defines().entrySet()) {
            names.add(define.getKey());
            names.addAll(PreludeIndex.identifiers(SourceLexer.lex(define.getValue(), source.name(), SourceLexer.Dialect.C)));
        }
        List<String> chosen = preludeIndex.headersFor(names);
        while (true) {
            List<PpToken> tokens = new ArrayList<>();
            for (String header : chosen) {
                tokens.addAll(preprocessor.includeSystem(header, top));
            }
            tokens.addAll(preprocessor.run(source, lexed));
            names.addAll(PreludeIndex.identifiers(tokens));
            List<String> needed = preludeIndex.headersFor(names);
            if (needed.equals(chosen)) {
                return new Preprocessed(tokens, preprocessor.notes());
            }
            chosen = needed;
            preprocessor = preprocessor(file);
        }
    }

    private LitmusFile parseLitmusFile(Path file) throws InputException {
        String name = file.toString();
        String text = read(file);
        Preprocessor preprocessor = preprocessor(file);
        List<PpToken> preludeTokens = preprocessor.includeSystem(LITMUS_PRELUDE, Span.at(name, 1, 1));
        List<PpToken> lexed = SourceLexer.lex(text, name, SourceLexer.Dialect.LITMUS);
        List<PpToken> bodyTokens = preprocessor.run(new SourceFile(name, file, null, text), lexed);
        Span end = endOf(name, lexed);
        List<LocatedToken> prelude = TokenFeed.toParser(preludeTokens, end);
        List<LocatedToken> body = TokenFeed.toParser(bodyTokens, end);
        TypedefResolver resolver = new TypedefResolver();
        resolver.resolve(prelude);
        resolver.resolve(body);
        AstBuilder builder = new AstBuilder();
        TranslationUnit preludeUnit = builder.translationUnit(LITMUS_PRELUDE,
                ParserRunner.parse(prelude, LockstepParser::translationUnit));
        Litmus litmus = builder.litmus(name, ParserRunner.parse(body, LockstepParser::litmusTest));
        return new LitmusFile(litmus, preludeUnit, preprocessor.notes());
    }

    private Preprocessor preprocessor(Path file) throws InputException {
        return new Preprocessor(headers, defines(), file.toAbsolutePath().getParent());
    }

    private Map<String, String> defines() {
        return options.defines() == null ? Map.of() : options.defines();
    }

    private static String read(Path file) throws InputException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(Span.at(file.toString(), 1, 1),
                    "cannot read file: " + describe(e)));
        }
    }

    private static String describe(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }

    private static Span endOf(String name, List<PpToken> lexed) {
        if (lexed.isEmpty()) {
            return Span.at(name, 1, 1);
        }
        Span last = lexed.get(lexed.size() - 1).span();
        return Span.at(name, last.endLine(), last.endColumn());
    }
}
