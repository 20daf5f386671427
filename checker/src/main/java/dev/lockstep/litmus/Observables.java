package dev.lockstep.litmus;

import dev.lockstep.frontend.ast.Litmus;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * What a final state shows, as herd prints it: the registers and locations named in the final
 * condition and in {@code locations [...]}, registers first (by process, then name), then locations.
 */
final class Observables {

    private record Item(int process, String name, dev.lockstep.frontend.Span span) {}

    private static final Comparator<Item> ORDER = Comparator.comparingInt((Item i) -> i.process() < 0 ? 1 : 0)
            .thenComparingInt(Item::process).thenComparing(Item::name);

    private final List<Item> items;

    Observables(Litmus.Condition condition, List<Litmus.Location> locations) {
        TreeSet<Item> set = new TreeSet<>(ORDER);
        if (condition != null) {
            Propositions.forEachEquals(condition.prop(), e -> set.add(new Item(e.process(), e.name(), e.span())));
        }
        locations.forEach(l -> set.add(new Item(l.process(), l.name(), l.span())));
        this.items = List.copyOf(set);
    }

    /** {@code 0:r0=0; 1:r0=1; x=2;} */
    String format(FinalState state) {
        StringBuilder b = new StringBuilder();
        for (Item i : items) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(i.process() >= 0 ? i.process() + ":" : "").append(i.name()).append('=')
                    .append(state.format(i.process() >= 0 ? state.register(i.process(), i.name())
                            : state.location(i.name(), i.span()))).append(';');
        }
        return b.toString();
    }
}
