package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher builds only the subcommand it runs, and that one behaves as in the whole tree. */
class MainTest {

    private static final List<String> OWN = List.of("check", "lint", "litmus", "grade", "explain", "graph", "bench");

    @Test
    void anOwnCommandGetsOnlyItself() {
        for (String name : OWN) {
            assertEquals(Set.of(name), Main.commandLineFor(new String[] {name, "x.c"}).getSubcommands().keySet(), name);
        }
    }

    @Test
    void helpCompletionManPagesAndMistakesSeeTheWholeTree() {
        Set<String> all = Main.commandLine().getSubcommands().keySet();
        for (String[] args : List.of(new String[] {}, new String[] {"help", "check"}, new String[] {"--help"},
                new String[] {"generate-completion"}, new String[] {"gen-manpage", "-d", "x"}, new String[] {"chek"})) {
            assertEquals(all, Main.commandLineFor(args).getSubcommands().keySet(), String.join(" ", args));
        }
    }

    @Test
    void aCommandAloneHasTheUsageItHasInTheWholeTree() {
        CommandLine whole = Main.commandLine();
        for (String name : OWN) {
            CommandLine alone = Main.commandLineFor(new String[] {name}).getSubcommands().get(name);
            assertEquals(whole.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF),
                    alone.getUsageMessage(CommandLine.Help.Ansi.OFF), name);
        }
    }
}
