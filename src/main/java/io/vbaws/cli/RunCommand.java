package io.vbaws.cli;

import picocli.CommandLine.Command;

/** {@code vbaws run}: Run an automation script (runbook) non-interactively. */
@Command(name = "run", description = "Run an automation script (runbook) non-interactively.", mixinStandardHelpOptions = true)
final class RunCommand extends NotBuiltYet {
}
