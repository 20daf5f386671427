package dev.lockstep.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lockstep}: the command line. The only place that maps results to exit codes and exits. */
@Command(name = "lockstep", mixinStandardHelpOptions = true, version = "lockstep 0.1.0",
        description = "A model checker for lock usage in kernel-style C.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.CLEAN_TEXT, ExitCode.FINDINGS_TEXT, ExitCode.INPUT_TEXT, ExitCode.INCOMPLETE_TEXT,
            ExitCode.INTERNAL_TEXT},
        footerHeading = "%nExamples:%n",
        footer = {"  lockstep check samples/irq/irq_spinlock_bug.c",
            "  lockstep check --format sarif --output lockstep.sarif src/",
            "  lockstep explain missing-irqsave"})
public final class Main implements Runnable {

    /**
     * The subcommands, in the order of the help. picocli builds a command's model by reflection
     * when it is added, which is most of a short run's start-up; {@link #main} adds only the one
     * the arguments name when it is one of lockstep's own (of this package).
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, LintCommand.class,
            LitmusCommand.class, GradeCommand.class, ExplainCommand.class, GraphCommand.class, LspCommand.class,
            CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class,
            picocli.codegen.docgen.manpage.ManPageGenerator.class, BenchCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (check, lint, litmus, ...)");
    }

    /** The configured command line with every subcommand, for the launcher and for tests. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: with only the subcommand that {@code args[0]} names when it
     * is one of lockstep's own, which need no other; else with all, so that help, completion, man
     * pages and the message for a mistyped command see the whole tree.
     */
    static CommandLine commandLineFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : SUBCOMMANDS) {
                if (command.getPackageName().equals(Main.class.getPackageName())
                        && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return commandLine(List.of(command));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> subcommand : subcommands) {
            cl.addSubcommand(subcommand);
        }
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("lockstep: internal error (this is a bug in lockstep, please report it): " + e);
            for (StackTraceElement frame : e.getStackTrace()) {
                err.println("    at " + frame);
            }
            err.flush();
            return ExitCode.INTERNAL_ERROR.code;
        });
        CommandLine.IParameterExceptionHandler usage = new UsageErrors();
        cl.setParameterExceptionHandler((e, args) -> {
            if (e.getCause() instanceof dev.lockstep.frontend.InputException) {
                e.getCommandLine().getErr().println(e.getMessage());
                e.getCommandLine().getErr().flush();
                return ExitCode.INPUT_ERROR.code;
            }
            return usage.handleParseException(e, args);
        });
        return cl;
    }

    public static void main(String[] args) {
        CommandLine cl = commandLineFor(args);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8)));
        System.exit(cl.execute(args));
    }
}
