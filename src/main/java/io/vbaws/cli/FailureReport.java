package io.vbaws.cli;

import io.vbaws.text.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one line on stderr and exit code 1. The stack
 * trace is printed only with {@code --debug}; the message is the exception's own, which the
 * layers below write for users (file and line, the appliance's title and details).
 */
final class FailureReport implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || deepest(parsed).hasMatchedOption("--debug");
        String message = ex.getMessage() == null || ex.getMessage().isBlank()
                ? ex.getClass().getSimpleName()
                : ex.getMessage();
        // Messages carry what the appliance sent (titles, details, a redirect's target): escape each line.
        cli.getErr().println("vbaws: " + message.lines().map(TerminalText::printable)
                .collect(java.util.stream.Collectors.joining(System.lineSeparator())));
        if (debug) {
            ex.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return ExitCode.ERROR;
    }

    private static ParseResult deepest(ParseResult p) {
        ParseResult r = p;
        while (r.hasSubcommand()) {
            r = r.subcommand();
        }
        return r;
    }
}
