package dev.lockstep.cli;

import dev.lockstep.check.Suggestion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error as compilers print one: {@code lockstep check: error: ...}, with "did you mean"
 * for a mistyped option or command, and a pointer to {@code --help} instead of the whole usage.
 * Exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String command = cl.getCommandSpec().qualifiedName();
        err.println(command + ": error: " + e.getMessage() + hint(e));
        err.println("Try '" + command + " --help' for more information.");
        err.flush();
        return ExitCode.INPUT_ERROR.code;
    }

    /** " (did you mean '--model'?)" for an unknown option or command near a known one. */
    private static String hint(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return "";
        }
        String word = unmatched.getUnmatched().get(0);
        int eq = word.indexOf('=');
        String name = word.startsWith("-") && eq > 0 ? word.substring(0, eq) : word;
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        List<String> known = new ArrayList<>();
        if (name.startsWith("-")) {
            for (OptionSpec o : spec.options()) {
                known.addAll(List.of(o.names()));
            }
        } else {
            known.addAll(spec.subcommands().keySet());
        }
        return Suggestion.hint(name, known);
    }
}
