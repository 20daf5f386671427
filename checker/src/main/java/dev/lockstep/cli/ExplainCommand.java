package dev.lockstep.cli;

import dev.lockstep.check.BundledSamples;
import dev.lockstep.check.RuleCatalog;
import dev.lockstep.check.RuleDoc;
import dev.lockstep.check.Suggestion;
import dev.lockstep.finding.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lockstep explain RULE}: what a rule means, its kernel analogue, the fix, and a wrong and a right sample. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule, with a wrong and a right example from the bundled samples.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:the rule was explained", "2:no rule has that id"},
        footerHeading = "%nExamples:%n",
        footer = {"  lockstep explain missing-irqsave"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, e.g. missing-irqsave.")
    String ruleId;

    @Override
    public Integer call() {
        Rule rule = Rule.byId(ruleId);
        if (rule == null) {
            String hint = Suggestion.hint(ruleId, Rule.ids());
            String known = hint.isEmpty() ? " (rules: " + String.join(", ", Rule.ids()) + ")" : hint;
            throw new ParameterException(spec.commandLine(), "unknown rule '" + ruleId + "'" + known);
        }
        RuleDoc doc = RuleCatalog.load().doc(rule);
        PrintWriter out = spec.commandLine().getOut();
        out.println(doc.id() + ": " + doc.title());
        out.println();
        out.println(doc.meaning());
        out.println();
        out.println("Kernel analogue: " + doc.analogue());
        out.println("How to fix: " + doc.fix());
        BundledSamples.load().exampleOf(rule).ifPresent(pair -> {
            out.println();
            out.println("Wrong (" + pair.wrong().path() + "):");
            out.println(pair.wrong().text().stripTrailing());
            out.println();
            out.println("Right (" + pair.right().path() + "):");
            out.println(pair.right().text().stripTrailing());
        });
        out.flush();
        return ExitCode.CLEAN.code;
    }
}
