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
     * prelude's.
     */
    public static final String C_PRELUDE = "lockstep/prelude.h";

    private static final java.util.regex.Pattern INCLUDE =
            java.util.regex.Pattern.compile("^[ \\t]*#[ \\t]*include\\b", java.util.regex.Pattern.MULTILINE);

    private final FrontendOptions options;
    private final HeaderSource headers;

    private StdlibIndex stdlibIndex;

    LockstepFrontend(FrontendOptions options) {
        this.options = options;
        this.headers = new HeaderSource(options);
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
        Preprocessor preprocessor = preprocessor(file);
        List<PpToken> tokens = new ArrayList<>();
        if (name.endsWith(".c") && !INCLUDE.matcher(text).find()) {
            tokens.addAll(preprocessor.includeSystem(C_PRELUDE, Span.at(name, 1, 1)));
        }
        List<PpToken> lexed = SourceLexer.lex(text, name, SourceLexer.Dialect.C);
        tokens.addAll(preprocessor.run(new SourceFile(name, file, null, text), lexed));
        List<LocatedToken> parserTokens = TokenFeed.toParser(tokens, endOf(name, lexed));
        new TypedefResolver().resolve(parserTokens);
        LockstepParser.TranslationUnitContext tree = ParserRunner.parse(parserTokens, LockstepParser::translationUnit);
        TranslationUnit unit = new AstBuilder().translationUnit(name, tree);
        return new CFile(unit, preprocessor.notes());
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
        Path directory = file.toAbsolutePath().getParent();
        Map<String, String> defines = options.defines() == null ? Map.of() : options.defines();
        return new Preprocessor(headers, defines, directory);
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
