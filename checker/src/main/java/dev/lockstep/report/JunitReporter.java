package dev.lockstep.report;

import dev.lockstep.check.DiagnosticText;
import dev.lockstep.finding.Exploration;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Incompleteness;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code --format junit}: Surefire-shaped XML (each {@code testsuite} valid against Surefire's
 * report schema). One {@code testsuite} per file; one {@code testcase} per finding (named by its
 * rule and line, failing with the message and trace); an input error, and an exploration that a
 * bound stopped, are {@code error} cases; a file with none of these has one passing case.
 */
public final class JunitReporter implements Reporter {

    /** What one file's suite holds. */
    private record Suite(String file, List<Finding> findings, List<Diagnostic> errors, List<Exploration> incomplete) {

        int cases() {
            return Math.max(1, findings.size() + errors.size() + incomplete.size());
        }

        int errorCases() {
            return errors.size() + incomplete.size();
        }
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        result.explorations().forEach(e -> files.add(e.file()));
        result.findings().forEach(f -> files.add(f.span().file()));
        result.errors().forEach(d -> files.add(d.span().file()));
        List<Suite> suites = files.stream().map(file -> new Suite(file,
                result.findings().stream().filter(f -> f.span().file().equals(file)).toList(),
                result.errors().stream().filter(d -> d.span().file().equals(file)).toList(),
                result.explorations().stream().filter(e -> e.file().equals(file) && !e.complete()).toList()))
                .toList();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "lockstep");
            xml.writeAttribute("tests", Integer.toString(suites.stream().mapToInt(Suite::cases).sum()));
            xml.writeAttribute("failures", Integer.toString(result.findings().size()));
            xml.writeAttribute("errors", Integer.toString(suites.stream().mapToInt(Suite::errorCases).sum()));
            xml.writeCharacters("\n");
            for (Suite s : suites) {
                suite(xml, s);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void suite(XMLStreamWriter xml, Suite s) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", legal(s.file()));
        xml.writeAttribute("tests", Integer.toString(s.cases()));
        xml.writeAttribute("failures", Integer.toString(s.findings().size()));
        xml.writeAttribute("errors", Integer.toString(s.errorCases()));
        xml.writeAttribute("skipped", "0");
        xml.writeCharacters("\n");
        for (Diagnostic d : s.errors()) {
            testcase(xml, s.file(), d.span().line() > 0 ? "input error at line " + d.span().line() : "input error");
            problem(xml, "error", d.message(), "input-error", DiagnosticText.of(d));
        }
        for (Exploration e : s.incomplete()) {
            testcase(xml, s.file(), "exploration under " + e.model());
            String why = e.stoppedBy().stream().map(Incompleteness::describe).collect(Collectors.joining("; "));
            String message = "incomplete: " + (why.isEmpty() ? "a bound stopped the exploration" : why);
            problem(xml, "error", message, "incomplete", e.file() + " (" + e.model() + "): " + message + "; "
                    + e.executions() + " executions explored");
        }
        for (Finding f : s.findings()) {
            testcase(xml, s.file(), f.rule().id() + " at line " + f.span().line());
            problem(xml, "failure", f.message(), f.rule().id(), details(f));
        }
        if (s.findings().isEmpty() && s.errorCases() == 0) {
            testcase(xml, s.file(), "no findings");
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void testcase(XMLStreamWriter xml, String file, String name) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", legal(file));
        xml.writeAttribute("name", legal(name));
        xml.writeAttribute("time", "0");
    }

    /** A {@code failure} or {@code error} element, and the end of its test case. */
    private static void problem(XMLStreamWriter xml, String element, String message, String type, String text)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", legal(message));
        xml.writeAttribute("type", type);
        xml.writeCharacters(legal(text));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static String details(Finding f) {
        StringBuilder sb = new StringBuilder(f.span() + ": " + f.message());
        if (f.fix() != null) {
            sb.append("\nfix: ").append(f.fix());
        }
        for (Step s : f.trace()) {
            sb.append("\n  cpu").append(s.cpu()).append(' ').append(s.context()).append(' ')
                    .append(s.span().file()).append(':').append(s.span().line()).append(": ").append(s.action());
        }
        return sb.toString();
    }

    /**
     * {@code text} with the characters XML 1.0 cannot carry, escaped or not (control characters
     * other than tab, newline and carriage return, unpaired surrogates, U+FFFE and U+FFFF: a message
     * may quote the input), as U+FFFD.
     */
    static String legal(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(inXml(cp) ? cp : 0xFFFD));
        return b.toString();
    }

    private static boolean inXml(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp < 0xD800 || cp >= 0xE000 && cp < 0xFFFE
                || cp >= 0x10000;
    }
}
