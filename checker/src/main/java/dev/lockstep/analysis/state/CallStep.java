package dev.lockstep.analysis.state;

import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.List;

/** One call on the way from a function down to where something happens: {@code callee} called at {@code site}. */
public record CallStep(String callee, Span site) {

    /** Chains keep their outermost calls up to this length (the innermost site is always known). */
    public static final int MAX_CHAIN = 8;

    /** {@code chain} seen from one call further up. */
    public static List<CallStep> prepend(CallStep step, List<CallStep> chain) {
        int keep = Math.min(chain.size(), MAX_CHAIN - 1);
        List<CallStep> c = new ArrayList<>(keep + 1);
        c.add(step);
        c.addAll(chain.subList(0, keep));
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
