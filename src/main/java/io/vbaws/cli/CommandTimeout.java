package io.vbaws.cli;

import java.time.Duration;

/**
 * A command that chooses its own limit on everything it sends to the appliance when
 * {@code --timeout} is not given (commands without one get {@link #STANDARD}).
 */
public interface CommandTimeout {
    /** The limit of a command that does not choose one. */
    Duration STANDARD = Duration.ofMinutes(5);

    /** This command's limit on all its requests, retries included; null for none (an interactive session). */
    Duration timeLimit();
}
