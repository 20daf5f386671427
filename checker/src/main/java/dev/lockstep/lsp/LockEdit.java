package dev.lockstep.lsp;

import dev.lockstep.frontend.ast.Decl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.TextEdit;

/**
 * {@code spin_lock(&l)} to {@code spin_lock_irqsave(&l, flags)} (or {@code spin_lock_bh(&l)}) in the
 * function of the finding: every acquisition of that lock there and every release, with
 * {@code unsigned long flags;} declared at the top of the body where the irqsave form needs it.
 */
final class LockEdit {

    private LockEdit() {}

    /**
     * The edits that turn the lock call on {@code line} into {@code lock}, its releases in the same
     * function into {@code unlock}; {@code flags}: whether both take the saved interrupt state.
     */
    static Optional<QuickFixes.Proposal> of(int line, String lock, String unlock, boolean flags, SourceModel source) {
        String oldLock = plain(lock);
        String oldUnlock = plain(unlock);
        Optional<Decl.Function> function = source.functionAt(line);
        Optional<String> lockArg = argument(source.line(line), oldLock);
        if (function.isEmpty() || lockArg.isEmpty() || oldLock.equals(lock)) {
            return Optional.empty();
        }
        String arg = lockArg.get();
        String tail = flags ? ", flags)" : ")";
        List<TextEdit> edits = new ArrayList<>();
        int first = function.get().span().line();
        int last = function.get().span().endLine();
        boolean hasFlags = false;
        for (int n = first; n <= last; n++) {
            String text = source.line(n);
            hasFlags |= text.matches(".*\\bflags\\b.*");
            edits.addAll(calls(n, text, oldLock, arg, lock + "(" + arg + tail));
            edits.addAll(calls(n, text, oldUnlock, arg, unlock + "(" + arg + tail));
        }
        if (flags && !hasFlags) {
            int body = function.get().body().span().line();
            var items = function.get().body().items();
            String indent = items.isEmpty() ? source.indent(body) + "\t" : source.indent(items.get(0).span().line());
            edits.add(0, Edits.insertLine(body + 1, indent + "unsigned long flags;"));
        }
        return Optional.of(new QuickFixes.Proposal("Use " + lock + "() / " + unlock + "()", edits));
    }

    /** The name without its {@code _irqsave}, {@code _irqrestore} or {@code _bh} suffix. */
    private static String plain(String name) {
        return name.replaceFirst("_(irqsave|irqrestore|bh)$", "");
    }

    /** The argument text of the first call of {@code function} on {@code line}. */
    private static Optional<String> argument(String line, String function) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(function) + "\\s*\\(").matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        int depth = 1;
        for (int i = m.end(); i < line.length(); i++) {
            char c = line.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return Optional.of(line.substring(m.end(), i).trim());
            }
        }
        return Optional.empty();
    }

    /** Replacements of each {@code function(arg)} on line {@code n} by {@code replacement}. */
    private static List<TextEdit> calls(int n, String text, String function, String arg, String replacement) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(function) + "\\s*\\(\\s*" + Pattern.quote(arg) + "\\s*\\)")
                .matcher(text);
        List<TextEdit> out = new ArrayList<>();
        while (m.find()) {
            out.add(Edits.replace(n, m.start(), n, m.end(), replacement));
        }
        return out;
    }
}
