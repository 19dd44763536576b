package io.vbaws.cli;

import picocli.CommandLine.Command;

/** {@code vbaws export}: Write the appliance's policies as DSL (round-trips to a no-op plan). */
@Command(name = "export", description = "Write the appliance's policies as DSL (round-trips to a no-op plan).", mixinStandardHelpOptions = true)
final class ExportCommand extends NotBuiltYet {
}
