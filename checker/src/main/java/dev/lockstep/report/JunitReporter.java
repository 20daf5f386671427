package dev.lockstep.report;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Step;
import dev.lockstep.frontend.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code --format junit}: Surefire-shaped XML. One {@code testsuite} per file; one
 * {@code testcase} per finding (named by its rule and line, failing with the message and trace)
 * and, for a file with none, one passing case; an input error is an {@code error} case.
 */
public final class JunitReporter implements Reporter {

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        TreeSet<String> files = new TreeSet<>();
        result.explorations().forEach(e -> files.add(e.file()));
        result.findings().forEach(f -> files.add(f.span().file()));
        result.errors().forEach(d -> files.add(d.span().file()));
        for (String f : files) {
            byFile.put(f, new ArrayList<>());
        }
        result.findings().forEach(f -> byFile.get(f.span().file()).add(f));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "lockstep");
            xml.writeAttribute("tests", Integer.toString(caseCount(byFile, result)));
            xml.writeAttribute("failures", Integer.toString(result.findings().size()));
            xml.writeAttribute("errors", Integer.toString(result.errors().size()));
            xml.writeCharacters("\n");
            for (var entry : byFile.entrySet()) {
                suite(xml, entry.getKey(), entry.getValue(), errorsOf(result, entry.getKey()));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static int caseCount(Map<String, List<Finding>> byFile, RunResult result) {
        int n = 0;
        for (var entry : byFile.entrySet()) {
            n += Math.max(1, entry.getValue().size() + errorsOf(result, entry.getKey()).size());
        }
        return n;
    }

    private static List<Diagnostic> errorsOf(RunResult result, String file) {
        return result.errors().stream().filter(d -> d.span().file().equals(file)).toList();
    }

    private static void suite(XMLStreamWriter xml, String file, List<Finding> findings, List<Diagnostic> errors)
            throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", file);
        xml.writeAttribute("tests", Integer.toString(Math.max(1, findings.size() + errors.size())));
        xml.writeAttribute("failures", Integer.toString(findings.size()));
        xml.writeAttribute("errors", Integer.toString(errors.size()));
        xml.writeAttribute("skipped", "0");
        xml.writeCharacters("\n");
        for (Diagnostic d : errors) {
            testcase(xml, file, "input error at line " + d.span().line());
            xml.writeStartElement("error");
            xml.writeAttribute("message", d.message());
            xml.writeAttribute("type", "input-error");
            xml.writeCharacters(d.toString());
            xml.writeEndElement();
            endTestcase(xml);
        }
        for (Finding f : findings) {
            testcase(xml, file, f.rule().id() + " at line " + f.span().line());
            xml.writeStartElement("failure");
            xml.writeAttribute("message", f.message());
            xml.writeAttribute("type", f.rule().id());
            xml.writeCharacters(details(f));
            xml.writeEndElement();
            endTestcase(xml);
        }
        if (findings.isEmpty() && errors.isEmpty()) {
            testcase(xml, file, "no findings");
            endTestcase(xml);
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void testcase(XMLStreamWriter xml, String file, String name) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", file);
        xml.writeAttribute("name", name);
        xml.writeAttribute("time", "0");
    }

    private static void endTestcase(XMLStreamWriter xml) throws XMLStreamException {
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
}
