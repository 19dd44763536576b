package io.vbaws.cli;

import picocli.CommandLine.Command;

/** {@code vbaws validate}: Check scripts offline: syntax, structure, required fields. */
@Command(name = "validate", description = "Check scripts offline: syntax, structure, required fields.", mixinStandardHelpOptions = true)
final class ValidateCommand extends NotBuiltYet {
}
