package io.vbaws.cli;

import picocli.CommandLine.Command;

/** {@code vbaws repl}: Interactive prompt over policies and SLA compliance. */
@Command(name = "repl", description = "Interactive prompt over policies and SLA compliance.", mixinStandardHelpOptions = true)
final class ReplCommand extends NotBuiltYet {
}
