package io.vbaws.dsl;

import io.vbaws.declaration.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a script's method calls and string literals are, recorded while it compiles. At run time
 * only the line of a call is known (from the stack); this turns a line plus the name called or the
 * literal passed into a line and column, and finds a literal on a later line of a call that spans
 * several.
 */
final class SourcePositions {

    private record Call(String name, int line, int column, int lastLine) {
    }

    private record Literal(int line, int column) {
    }

    private final String file;
    private final Map<Integer, List<Call>> callsByLine = new HashMap<>();
    private final Map<String, List<Literal>> literals = new HashMap<>();
    private final Map<String, List<Literal>> variables = new HashMap<>();

    SourcePositions(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void addCall(String name, int line, int column, int lastLine) {
        if (line > 0) {
            callsByLine.computeIfAbsent(line, l -> new ArrayList<>()).add(new Call(name, line, column, Math.max(line, lastLine)));
        }
    }

    void addLiteral(String value, int line, int column) {
        if (line > 0) {
            literals.computeIfAbsent(value, v -> new ArrayList<>()).add(new Literal(line, column));
        }
    }

    void addVariable(String name, int line, int column) {
        if (line > 0) {
            variables.computeIfAbsent(name, v -> new ArrayList<>()).add(new Literal(line, column));
        }
    }

    /** The first use of the bare name {@code name} on {@code line}, or the line alone. */
    SourceRef variable(int line, String name) {
        for (Literal use : variables.getOrDefault(name, List.of())) {
            if (use.line() == line) {
                return new SourceRef(file, line, use.column());
            }
        }
        return new SourceRef(file, line, 0);
    }

    /** The call of {@code name} that starts on {@code line}; column 0 when the compiler did not see it. */
    SourceRef call(int line, String name) {
        for (Call call : callsByLine.getOrDefault(line, List.of())) {
            if (call.name().equals(name)) {
                return new SourceRef(file, line, call.column());
            }
        }
        return new SourceRef(file, line, 0);
    }

    /**
     * The literal {@code value} within the call of {@code name} starting on {@code line}, or that
     * call's place when the value was computed (a GString in a loop) rather than written.
     */
    SourceRef literal(int line, String name, String value) {
        int last = callsByLine.getOrDefault(line, List.of()).stream().mapToInt(Call::lastLine).max().orElse(line);
        for (Literal literal : literals.getOrDefault(value, List.of())) {
            if (literal.line() >= line && literal.line() <= last) {
                return new SourceRef(file, literal.line(), literal.column());
            }
        }
        return call(line, name);
    }
}
