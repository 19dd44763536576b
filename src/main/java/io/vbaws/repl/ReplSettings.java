package io.vbaws.repl;

import java.nio.file.Path;

/**
 * How a REPL session starts: the output format, whether errors show stack traces, the directory
 * {@code :load} resolves files against, and the line the prompt greets with.
 */
public record ReplSettings(OutputFormat format, boolean debug, Path workingDirectory, String banner) {
}
