package io.vbaws.cli;

import io.vbaws.text.NameSuggestions;
import io.vbaws.text.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage mistake: the reason, the closest command or option when a word was mistyped (the same
 * "did you mean" as every other name in vbaws), a hint at --help, and exit 1 (2 is reserved for
 * "changes present").
 */
final class UsageReport implements IParameterExceptionHandler {
    private final NameSuggestions suggestions = new NameSuggestions(3);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        String unknownCommand = unknownCommand(ex);
        if (unknownCommand != null) {
            err.println("vbaws: unknown command '" + TerminalText.printable(unknownCommand) + "'"
                    + didYouMean(unknownCommand, new ArrayList<>(cli.getSubcommands().keySet())));
        } else {
            String option = unknownOption(ex);
            err.println("vbaws: " + TerminalText.printable(ex.getMessage())
                    + (option == null ? "" : didYouMean(option, optionNames(cli))));
        }
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.ERROR;
    }

    /** The first unmatched word where a command that has subcommands expects one; null otherwise. */
    private static String unknownCommand(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || ex.getCommandLine().getSubcommands().isEmpty()
                || !ex.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
            return null;
        }
        List<String> words = unmatched.getUnmatched();
        return words.isEmpty() || words.get(0).startsWith("-") ? null : words.get(0);
    }

    private static String unknownOption(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && unmatched.getUnmatched().get(0).startsWith("-")) {
            String option = unmatched.getUnmatched().get(0);
            int eq = option.indexOf('=');
            return eq > 0 ? option.substring(0, eq) : option;
        }
        return null;
    }

    private static List<String> optionNames(CommandLine cli) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : cli.getCommandSpec().options()) {
            names.addAll(List.of(option.names()));
        }
        return names;
    }

    private String didYouMean(String wanted, List<String> names) {
        List<String> closest = suggestions.closest(wanted, names);
        if (closest.isEmpty()) {
            return "";
        }
        return closest.size() == 1 ? "; did you mean '" + closest.get(0) + "'?"
                : "; did you mean one of " + String.join(", ", closest.stream().map(n -> "'" + n + "'").toList()) + "?";
    }
}
