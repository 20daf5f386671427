package dev.lockstep.frontend.preprocess;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import java.util.ArrayDeque;
import java.util.Deque;

/** The open {@code #if} groups of one file and whether the current line is compiled. */
final class ConditionalStack {

    private record Group(boolean parentActive, boolean taken, boolean active, boolean elseSeen, Span at) {}

    private final Deque<Group> groups = new ArrayDeque<>();

    boolean active() {
        return groups.isEmpty() || groups.peek().active();
    }

    void pushIf(boolean condition, Span at) {
        boolean parent = active();
        groups.push(new Group(parent, parent && condition, parent && condition, false, at));
    }

    /** Whether an {@code #elif} here needs its condition evaluated (the group is still untaken). */
    boolean elifNeedsCondition(Span at) throws InputException {
        Group group = current("#elif", at);
        return group.parentActive() && !group.taken();
    }

    void elif(boolean condition, Span at) throws InputException {
        Group group = current("#elif", at);
        if (group.elseSeen()) {
            throw new InputException(Diagnostic.error(at, "#elif after #else"));
        }
        boolean now = group.parentActive() && !group.taken() && condition;
        groups.pop();
        groups.push(new Group(group.parentActive(), group.taken() || now, now, false, group.at()));
    }

    void otherwise(Span at) throws InputException {
        Group group = current("#else", at);
        if (group.elseSeen()) {
            throw new InputException(Diagnostic.error(at, "#else after #else"));
        }
        boolean now = group.parentActive() && !group.taken();
        groups.pop();
        groups.push(new Group(group.parentActive(), true, now, true, group.at()));
    }

    void endif(Span at) throws InputException {
        current("#endif", at);
        groups.pop();
    }

    /** At the end of the file: every group must be closed. */
    void requireClosed(Span endOfFile) throws InputException {
        if (!groups.isEmpty()) {
            Span open = groups.peek().at();
            throw new InputException(Diagnostic.error(endOfFile,
                    "missing #endif for #if at " + open.line() + ":" + open.column()));
        }
    }

    private Group current(String directive, Span at) throws InputException {
        if (groups.isEmpty()) {
            throw new InputException(Diagnostic.error(at, directive + " without #if"));
        }
        return groups.peek();
    }
}
