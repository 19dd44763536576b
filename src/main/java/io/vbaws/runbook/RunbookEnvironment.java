package io.vbaws.runbook;

import io.vbaws.declaration.Declarations;
import java.nio.file.Path;
import java.util.List;

/**
 * What a runbook reaches outside the appliance, given by the command that runs it: policy scripts
 * to plan, files to write (whole or not at all), and the directory relative paths start from.
 */
public interface RunbookEnvironment {

    /** The declarations of the scripts in these files and directories. */
    Declarations scripts(List<Path> paths);

    /** Writes {@code text} to {@code file} atomically; {@code what} names it in an error. */
    void write(Path file, String text, String what);

    /** The directory a relative path in a runbook is taken from. */
    Path workingDirectory();

    /** The names of the profiles of {@code $VBAWS_HOME/config}. */
    List<String> profileNames();

    /**
     * A client of the appliance of one profile, with every other option of the command line; the
     * command closes it when the run ends.
     */
    io.vbaws.api.ApplianceClient connect(String profile);
}
