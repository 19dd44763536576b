package io.vbaws.declaration;

/**
 * Where something was declared: a script file, a line and a column (1-based; 0 when unknown).
 * Renders as {@code (file, line N)} or {@code (file, line N, column M)}, the form every script
 * error and plan line uses.
 */
public record SourceRef(String file, int line, int column) {

    /** A place known only to the file. */
    public static SourceRef ofFile(String file) {
        return new SourceRef(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return "(" + file + ")";
        }
        return column > 0 ? "(" + file + ", line " + line + ", column " + column + ")" : "(" + file + ", line " + line + ")";
    }
}
