package dev.lockstep.report;

import dev.lockstep.check.DiagnosticText;
import dev.lockstep.check.SourceLines;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Related;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Severity;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code --format html}: one self-contained page (no network fetches) with the findings, each
 * trace drawn as CPU swimlanes (a column per CPU; interrupts and softirqs coloured apart from
 * process context; the locks held after each step), and the source of every file with findings,
 * their lines highlighted and linked; a warning for each exploration a bound stopped.
 */
public final class HtmlReporter implements Reporter {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            h1{font-size:1.4em} h2{font-size:1.1em;margin-top:2em}
            .finding{border:1px solid #ccc;border-radius:6px;padding:1em;margin:1em 0}
            .error{border-left:6px solid #c0392b} .warning{border-left:6px solid #d68910}
            .rule{font-family:monospace;background:#eee;padding:0 .3em;border-radius:3px}
            .fix{color:#1e8449} .models{color:#666}
            table.lanes{border-collapse:collapse;margin-top:.5em;font-size:.9em}
            table.lanes th,table.lanes td{border:1px solid #ddd;padding:.25em .5em;vertical-align:top}
            td.process{background:#eef5ff} td.hardirq{background:#fde2e2} td.softirq{background:#fff3d6}
            td.init,td.final{background:#eaf7ea} td.nmi{background:#f0e0ff}
            .ctx{font-size:.8em;color:#555} .held{font-size:.8em;color:#7d3c98}
            pre.source{background:#fafafa;border:1px solid #ddd;padding:.5em;overflow-x:auto}
            pre.source span.hit{background:#fdebd0;display:block}
            pre.source span.line{display:block}
            """;

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.append("<title>lockstep report</title><style>").append(STYLE).append("</style></head><body>\n");
        sb.append("<h1>lockstep: ").append(result.findings().size()).append(" finding")
                .append(result.findings().size() == 1 ? "" : "s").append("</h1>\n");
        for (Diagnostic d : result.errors()) {
            sb.append("<p class=\"finding error\">").append(esc(DiagnosticText.of(d))).append("</p>\n");
        }
        for (Exploration e : result.explorations()) {
            if (!e.complete()) {
                sb.append("<p class=\"finding warning incomplete\">").append(esc(e.file() + ": not every execution was "
                        + "explored under " + e.model() + e.stoppedBy().stream().map(stop -> ": " + stop.describe())
                                .collect(java.util.stream.Collectors.joining(";")))).append("</p>\n");
            }
        }
        int index = 0;
        for (Finding f : result.findings()) {
            finding(sb, f, index++);
        }
        sources(sb, result.findings());
        sb.append("</body></html>\n");
        out.write(sb.toString());
    }

    private static void finding(StringBuilder sb, Finding f, int index) {
        String level = f.severity() == Severity.ERROR ? "error" : "warning";
        sb.append("<div class=\"finding ").append(level).append("\" id=\"finding-").append(index).append("\">\n");
        sb.append("<div><span class=\"rule\">").append(f.rule().id()).append("</span> ")
                .append("<a href=\"#").append(anchor(f.span().file(), f.span().line())).append("\">")
                .append(esc(f.span().toString())).append("</a> ").append(level).append("</div>\n");
        sb.append("<p class=\"message\">").append(esc(f.message())).append("</p>\n");
        if (!f.models().isEmpty()) {
            sb.append("<div class=\"models\">models: ").append(esc(String.join(", ", f.models()))).append("</div>\n");
        }
        for (Related r : f.related()) {
            sb.append("<div class=\"related\">note: <a href=\"#").append(anchor(r.span().file(), r.span().line()))
                    .append("\">").append(esc(r.span().toString())).append("</a> ").append(esc(r.message()))
                    .append("</div>\n");
        }
        if (f.fix() != null) {
            sb.append("<div class=\"fix\">fix: ").append(esc(f.fix())).append("</div>\n");
        }
        if (!f.trace().isEmpty()) {
            lanes(sb, f.trace());
        }
        sb.append("</div>\n");
    }

    private static void lanes(StringBuilder sb, List<Step> trace) {
        Set<Integer> cpus = new TreeSet<>();
        trace.forEach(s -> cpus.add(s.cpu()));
        sb.append("<table class=\"lanes\"><tr><th>#</th>");
        for (int cpu : cpus) {
            sb.append("<th>CPU ").append(cpu).append("</th>");
        }
        sb.append("</tr>\n");
        int n = 1;
        for (Step s : trace) {
            sb.append("<tr><td>").append(n++).append("</td>");
            for (int cpu : cpus) {
                if (cpu != s.cpu()) {
                    sb.append("<td></td>");
                    continue;
                }
                String kind = s.context().contains(":") ? s.context().substring(0, s.context().indexOf(':'))
                        : s.context();
                sb.append("<td class=\"").append(esc(kind)).append("\"><div class=\"ctx\">").append(esc(s.context()))
                        .append(" &middot; line ").append(s.span().line()).append("</div><code>")
                        .append(esc(s.action())).append("</code>");
                if (!s.locksHeld().isEmpty()) {
                    sb.append("<div class=\"held\">held: ").append(esc(String.join(", ", s.locksHeld())))
                            .append("</div>");
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void sources(StringBuilder sb, List<Finding> findings) {
        TreeMap<String, Set<Integer>> hits = new TreeMap<>();
        for (Finding f : findings) {
            hits.computeIfAbsent(f.span().file(), k -> new TreeSet<>()).add(f.span().line());
            f.related().forEach(r -> hits.computeIfAbsent(r.span().file(), k -> new TreeSet<>()).add(r.span().line()));
        }
        SourceLines lines = new SourceLines();
        for (var entry : hits.entrySet()) {
            String file = entry.getKey();
            if (lines.line(file, 1) == null) {
                continue;
            }
            sb.append("<h2>").append(esc(file)).append("</h2>\n<pre class=\"source\">");
            for (int i = 1; lines.line(file, i) != null; i++) {
                String cls = entry.getValue().contains(i) ? "hit" : "line";
                sb.append("<span class=\"").append(cls).append("\" id=\"").append(anchor(file, i)).append("\">")
                        .append(String.format("%5d  ", i)).append(esc(SourceLines.expandTabs(lines.line(file, i))))
                        .append("</span>");
            }
            sb.append("</pre>\n");
        }
    }

    private static String anchor(String file, int line) {
        return "L" + Integer.toHexString(file.hashCode()) + "-" + line;
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
