package io.vbaws.dsl;

import io.vbaws.declaration.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a script's string literals and bare names are, recorded once while it is lowered, so that
 * a setting names the place of the very text it was given ({@code regions "us-east-1"} points at
 * the quote), and an unknown name its column.
 */
final class SourcePositions {

    private record Place(int line, int column) {
    }

    private final String file;
    private final Map<String, List<Place>> literals = new HashMap<>();
    private final Map<String, List<Place>> variables = new HashMap<>();

    SourcePositions(String file) {
        this.file = file;
    }

    void addLiteral(String value, int line, int column) {
        if (line > 0) {
            literals.computeIfAbsent(value, v -> new ArrayList<>()).add(new Place(line, column));
        }
    }

    void addVariable(String name, int line, int column) {
        if (line > 0) {
            variables.computeIfAbsent(name, v -> new ArrayList<>()).add(new Place(line, column));
        }
    }

    /** The first use of the bare name {@code name} on {@code line}, or the line alone. */
    SourceRef variable(int line, String name) {
        for (Place use : variables.getOrDefault(name, List.of())) {
            if (use.line() == line) {
                return new SourceRef(file, line, use.column());
            }
        }
        return new SourceRef(file, line, 0);
    }

    /** The first literal {@code value} written between lines {@code first} and {@code last}; null when it was computed. */
    SourceRef literal(int first, int last, String value) {
        for (Place literal : literals.getOrDefault(value, List.of())) {
            if (literal.line() >= first && literal.line() <= last) {
                return new SourceRef(file, literal.line(), literal.column());
            }
        }
        return null;
    }
}
