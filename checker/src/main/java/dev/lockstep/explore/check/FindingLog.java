package dev.lockstep.explore.check;

import dev.lockstep.finding.Finding;
import dev.lockstep.frontend.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One finding per rule and primary location. When the same bug shows in several executions the
 * one first in exploration order (smallest search path) wins, so the choice does not depend on how
 * the search was split across workers.
 */
public final class FindingLog {
    private record Entry(int[] path, Finding finding) {}

    private final Map<String, Entry> entries = new TreeMap<>();

    public static String key(Finding f) {
        Span s = f.span();
        return f.rule().id() + "@" + s.file() + ":" + s.line() + ":" + s.column();
    }

    /** Whether a finding with this key is already known (to skip building its trace again). */
    public boolean has(String key, int[] path) {
        Entry e = entries.get(key);
        return e != null && Arrays.compare(e.path, path) <= 0;
    }

    public void offer(int[] path, Finding finding) {
        String key = key(finding);
        Entry e = entries.get(key);
        if (e == null || Arrays.compare(path, e.path) < 0) {
            entries.put(key, new Entry(path, finding));
        }
    }

    public void merge(FindingLog other) {
        for (Entry e : other.entries.values()) {
            offer(e.path, e.finding);
        }
    }

    /** The findings sorted by location, then rule. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            out.add(e.finding);
        }
        out.sort(Comparator.comparing((Finding f) -> f.span().file()).thenComparingInt(f -> f.span().line())
                .thenComparingInt(f -> f.span().column()).thenComparing(f -> f.rule().id()));
        return out;
    }
}
