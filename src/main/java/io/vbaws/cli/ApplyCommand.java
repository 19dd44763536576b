package io.vbaws.cli;

import picocli.CommandLine.Command;

/** {@code vbaws apply}: Change the appliance to match the scripts, or carry out a saved plan. */
@Command(name = "apply", description = "Change the appliance to match the scripts, or carry out a saved plan.", mixinStandardHelpOptions = true)
final class ApplyCommand extends NotBuiltYet {
}
