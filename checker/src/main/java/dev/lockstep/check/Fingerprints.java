package dev.lockstep.check;

import dev.lockstep.finding.Finding;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.frontend.lex.SourceLexer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gives each finding of a file an identity that survives edits which only move code: a hash of
 * the rule, the enclosing function's name and the primary statement's tokens (comments and white
 * space dropped), then {@code :N}, the finding's rank among those with the same three in the file.
 * Line numbers take no part, so code scanning and baselines follow a finding across commits.
 */
public final class Fingerprints {

    /** The name and version of the scheme (SARIF's {@code partialFingerprints} key); a new scheme gets a new version. */
    public static final String SCHEME = "lockstep/v1";

    /** A function of the checked file and the span of its definition. */
    record Scope(String name, Span span) {}

    private final List<Scope> scopes;
    private final SourceLines sources;

    Fingerprints(List<Scope> scopes, SourceLines sources) {
        this.scopes = List.copyOf(scopes);
        this.sources = sources;
    }

    /** {@code findings} (in report order) with their fingerprints. */
    List<Finding> assign(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String digest = digest(f.rule().id() + "\0" + function(f.span()) + "\0" + statement(f.span()));
            int rank = seen.merge(f.span().file() + "\0" + digest, 1, Integer::sum);
            out.add(f.withFingerprint(digest.substring(0, 16) + ":" + rank));
        }
        return out;
    }

    /** The innermost function whose definition holds {@code span}, or the empty name at file scope. */
    String function(Span span) {
        Scope best = null;
        for (Scope s : scopes) {
            boolean holds = s.span().file().equals(span.file()) && s.span().line() <= span.line()
                    && span.line() <= s.span().endLine();
            if (holds && (best == null || s.span().line() >= best.span().line())) {
                best = s;
            }
        }
        return best == null ? "" : best.name();
    }

    /** The tokens of the lines {@code span} covers, one space apart: what the statement says, however laid out. */
    String statement(Span span) {
        int last = span.endLine() >= span.line() && span.endLine() - span.line() < 4 ? span.endLine() : span.line();
        StringBuilder text = new StringBuilder();
        for (int line = span.line(); line <= last; line++) {
            String s = sources.line(span.file(), line);
            if (s != null) {
                text.append(s).append('\n');
            }
        }
        SourceLexer.Dialect dialect = span.file().endsWith(".litmus") ? SourceLexer.Dialect.LITMUS
                : SourceLexer.Dialect.C;
        try {
            return SourceLexer.lex(text.toString(), span.file(), dialect).stream()
                    .filter(t -> !t.text().equals("\n")).map(PpToken::text).collect(Collectors.joining(" "));
        } catch (InputException e) {
            // a comment that begins on these lines and ends after them: the words still identify the statement
            return text.toString().trim().replaceAll("\\s+", " ");
        }
    }

    private static String digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
