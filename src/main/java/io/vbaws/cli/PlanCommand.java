package io.vbaws.cli;

import picocli.CommandLine.Command;

/** {@code vbaws plan}: Show what would change on the appliance to match the scripts. */
@Command(name = "plan", description = "Show what would change on the appliance to match the scripts.", mixinStandardHelpOptions = true)
final class PlanCommand extends NotBuiltYet {
}
