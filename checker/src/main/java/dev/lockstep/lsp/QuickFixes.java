package dev.lockstep.lsp;

import dev.lockstep.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.TextEdit;

/**
 * The quick fix of a finding whose fix is mechanical, as edits of its file: a lock taken with
 * interrupts or bottom halves enabled becomes its {@code _irqsave}/{@code _bh} form (its unlocks
 * too, and {@code flags} is declared); {@code GFP_KERNEL} under a lock becomes {@code GFP_ATOMIC};
 * a missing barrier is inserted before the later access (and {@code <asm/barrier.h>} included).
 * Other fixes need judgement and get none.
 */
final class QuickFixes {

    /** A titled set of edits to one file. */
    record Proposal(String title, List<TextEdit> edits) {}

    private static final Pattern LOCK_FIX = Pattern.compile("^use (\\w+)\\(([^()]*)\\) / (\\w+)\\(([^()]*)\\)$");
    private static final Pattern BARRIER = Pattern.compile("^(\\w+)\\(\\) between lines? (\\d+) and (?:line )?(\\d+)$");

    /** The header that declares the barriers; a file without includes has it through the implicit prelude. */
    private static final String BARRIERS = "<asm/barrier.h>";

    private QuickFixes() {}

    static Optional<Proposal> of(Finding f, SourceModel source) {
        if (f.fix() == null) {
            return Optional.empty();
        }
        Matcher lock = LOCK_FIX.matcher(f.fix());
        if (lock.matches()) {
            return LockEdit.of(f.span().line(), lock.group(1), lock.group(3), lock.group(2).endsWith(", flags"), source);
        }
        if (f.fix().contains("GFP_ATOMIC")) {
            return gfpAtomic(f.span().line(), source);
        }
        if (f.fix().startsWith("add ")) {
            return barriers(f.fix().substring("add ".length()), source);
        }
        return Optional.empty();
    }

    private static Optional<Proposal> gfpAtomic(int line, SourceModel source) {
        int at = source.line(line).indexOf("GFP_KERNEL");
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new Proposal("Allocate with GFP_ATOMIC",
                List.of(Edits.replace(line, at, line, at + "GFP_KERNEL".length(), "GFP_ATOMIC"))));
    }

    /** {@code smp_wmb() between line 20 and line 21, and smp_rmb() between line 27 and line 28}: each fence before its later line. */
    private static Optional<Proposal> barriers(String what, SourceModel source) {
        List<TextEdit> edits = new ArrayList<>();
        List<String> fences = new ArrayList<>();
        for (String part : what.split(", and ")) {
            Matcher m = BARRIER.matcher(part.trim());
            if (!m.matches() || Integer.parseInt(m.group(2)) >= Integer.parseInt(m.group(3))) {
                return Optional.empty();
            }
            Optional<List<TextEdit>> edit = before(Integer.parseInt(m.group(3)), m.group(1) + "();", source);
            if (edit.isEmpty()) {
                return Optional.empty();
            }
            edits.addAll(edit.get());
            fences.add(m.group(1) + "() before line " + m.group(3));
        }
        int last = source.lastInclude();
        if (last > 0 && !source.includes(BARRIERS)) {
            edits.add(0, Edits.insertLine(last + 1, "#include " + BARRIERS));
        }
        return Optional.of(new Proposal("Add " + String.join(" and ", fences), edits));
    }

    /**
     * An edit that runs {@code statement} just before the statement that begins on {@code line}: a line
     * of its own in a block, or both in braces where that statement is alone the body of an
     * {@code if}, loop or {@code else}.
     */
    private static Optional<List<TextEdit>> before(int line, String statement, SourceModel source) {
        Optional<SourceModel.Placed> placed = source.statementAt(line);
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        if (placed.get().inBlock()) {
            return Optional.of(List.of(Edits.insertLine(line, source.indent(line) + statement)));
        }
        var span = placed.get().stmt().span();
        return Optional.of(List.of(Edits.insert(span.line(), span.column() - 1, "{ " + statement + " "),
                Edits.insert(span.endLine(), span.endColumn() - 1, " }")));
    }
}
