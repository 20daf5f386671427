package dev.lockstep.analysis.state;

import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.List;

/** One call on the way from a function down to where something happens: {@code callee} called at {@code site}. */
public record CallStep(String callee, Span site) {

    /** {@code chain} seen from one call further up. */
    public static List<CallStep> prepend(CallStep step, List<CallStep> chain) {
        List<CallStep> c = new ArrayList<>(chain.size() + 1);
        c.add(step);
        c.addAll(chain);
        return List.copyOf(c);
    }

    /** {@code helper() (file.c:12) -> inner() (file.c:30)}. */
    public static String render(List<CallStep> chain) {
        StringBuilder sb = new StringBuilder();
        for (CallStep s : chain) {
            if (sb.length() > 0) {
                sb.append(" -> ");
            }
            sb.append(s.callee()).append("() (line ").append(s.site().line()).append(')');
        }
        return sb.toString();
    }
}
