package dev.lockstep.frontend;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.TranslationUnit;
import dev.lockstep.frontend.lex.LocatedToken;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.frontend.parse.AstBuilder;
import dev.lockstep.frontend.parse.ParserRunner;
import dev.lockstep.frontend.parse.TokenFeed;
import dev.lockstep.frontend.parse.TypedefResolver;
import dev.lockstep.frontend.preprocess.HeaderSource;
import dev.lockstep.frontend.preprocess.Preprocessor;
import dev.lockstep.grammar.LockstepParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Writes the {@link PreludeIndex} of the bundled stdlib at build time: it preprocesses the C prelude
 * header by header as a file without includes gets it, and credits each header with what preprocessing
 * it defined (the macros its directives defined or undefined, the names its declarations declared,
 * the names its conditionals tested) and with the identifiers of what it produced. A header an earlier
 * one included is credited to the earlier one, as its include guard leaves it there. Run by the build:
 * {@code PreludeIndexWriter OUT-FILE}.
 */
public final class PreludeIndexWriter {

    private PreludeIndexWriter() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PreludeIndexWriter OUT-FILE");
            System.exit(2);
        }
        try {
            Path out = Path.of(args[0]);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, index().write(), StandardCharsets.UTF_8);
        } catch (InputException e) {
            System.err.println("the C prelude does not preprocess and parse header by header: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The index of the bundled stdlib's C prelude. */
    static PreludeIndex index() throws InputException {
        HeaderSource headers = new HeaderSource(new FrontendOptions(List.of(), null, Map.of()));
        String prelude = headers.system(LockstepFrontend.C_PRELUDE).orElseThrow().text();
        Preprocessor preprocessor = new Preprocessor(headers, Map.of(), Path.of(""));
        preprocessor.recordNames();
        TypedefResolver typedefs = new TypedefResolver();
        Span at = Span.at("<prelude index>", 1, 1);
        List<PreludeIndex.Header> out = new ArrayList<>();
        Matcher include = StdlibIndex.SYSTEM_INCLUDE.matcher(prelude);
        while (include.find()) {
            String header = include.group(1);
            List<PpToken> tokens = preprocessor.includeSystem(header, at);
            List<LocatedToken> parserTokens = TokenFeed.toParser(tokens, at);
            typedefs.resolve(parserTokens);
            TranslationUnit unit = new AstBuilder().translationUnit(header,
                    ParserRunner.parse(parserTokens, LockstepParser::translationUnit));
            Set<String> defines = new HashSet<>(preprocessor.takeDefinedNames());
            defines.addAll(preprocessor.takeTestedNames());
            boolean always = false;
            for (Decl decl : unit.decls()) {
                always |= decl instanceof Decl.Entry;
                defines.addAll(declared(decl));
            }
            out.add(new PreludeIndex.Header(header, always, defines, PreludeIndex.identifiers(tokens)));
        }
        return new PreludeIndex(out);
    }

    /** The names a file-scope declaration gives meaning to (a struct's tag, an enum's constants). */
    private static List<String> declared(Decl decl) {
        List<String> names = new ArrayList<>();
        if (decl instanceof Decl.Var v) {
            names.add(v.name());
        } else if (decl instanceof Decl.Function f) {
            names.add(f.name());
        } else if (decl instanceof Decl.Typedef t) {
            names.add(t.name());
        } else if (decl instanceof Decl.StructDecl s) {
            names.add(s.tag());
        } else if (decl instanceof Decl.EnumDecl e) {
            names.add(e.tag());
            e.enumerators().forEach(x -> names.add(x.name()));
        } else if (decl instanceof Decl.Entry e) {
            names.add(e.function());
        }
        names.removeIf(n -> n == null);
        return names;
    }
}
