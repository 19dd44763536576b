package io.vbaws.cli;

import io.vbaws.text.DurationText;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's duration as people write it: {@code 10s}, {@code 500ms}, {@code 5m}, {@code 1h}. */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return DurationText.parse(value);
        } catch (IllegalArgumentException e) {
            // picocli prints a TypeConversionException's message as it is, any other with its Java class name
            throw new TypeConversionException(e.getMessage());
        }
    }
}
