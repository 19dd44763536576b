package io.vbaws.cli;

import io.vbaws.text.DurationText;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Reads an option's duration as people write it: {@code 10s}, {@code 500ms}, {@code 5m}, {@code 1h}. */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        return DurationText.parse(value);
    }
}
