package io.vbaws.cli;

import picocli.CommandLine.Command;

/** {@code vbaws run}: Run an automation script (runbook) non-interactively. */
@Command(name = "run", description = "Run an automation script (runbook) non-interactively.", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  vbaws run pause-region.groovy --param region=us-east-1", "  vbaws run nightly-report.groovy --dry-run"})
final class RunCommand extends NotBuiltYet {
}
