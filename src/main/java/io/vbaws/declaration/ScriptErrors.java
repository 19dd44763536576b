package io.vbaws.declaration;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem of a run's scripts, at once: a run that fails throws this, never the first error
 * alone. It holds at least one error, and the warnings found beside them. The message is the
 * formatted list, one problem per line (a compile error adds its source line and caret).
 */
public final class ScriptErrors extends RuntimeException {

    private final transient List<ScriptError> errors;
    private final transient Declarations unaffected;

    public ScriptErrors(List<ScriptError> errors) {
        this(errors, new Declarations(List.of(), List.of()));
    }

    /**
     * The problems, and the policies none of them touches: an online run still checks those
     * policies' names against the appliance, so one run lists every error of every file.
     */
    public ScriptErrors(List<ScriptError> errors, Declarations unaffected) {
        super(format(errors), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("ScriptErrors needs at least one error");
        }
        this.errors = List.copyOf(errors);
        this.unaffected = unaffected;
    }

    /** The declared policies in whose blocks (from their slaPolicy line to the next one's) no error lies. */
    public Declarations unaffected() {
        return unaffected;
    }

    /** Every problem, warnings included, in the order of the files given and, within a file, of lines. */
    public List<ScriptError> errors() {
        return errors;
    }

    /** Sorts {@code errors} by file (in {@code files} order, unknown files last), line and column. */
    public static List<ScriptError> inFileOrder(List<ScriptError> errors, List<String> files) {
        Comparator<ScriptError> byFile = Comparator.comparingInt(e -> {
            int i = files.indexOf(e.at().file());
            return i < 0 ? Integer.MAX_VALUE : i;
        });
        return errors.stream()
                .sorted(byFile.thenComparingInt((ScriptError e) -> e.at().line()).thenComparingInt(e -> e.at().column()))
                .toList();
    }

    /** How many of the problems are errors. */
    public long errorCount() {
        return errors.stream().filter(ScriptError::isError).count();
    }

    /** Whether any of {@code problems} fails the run. */
    public static boolean anyError(List<ScriptError> problems) {
        return problems.stream().anyMatch(ScriptError::isError);
    }

    private static String format(List<ScriptError> errors) {
        String list = errors.stream().map(ScriptError::render).collect(Collectors.joining(System.lineSeparator()));
        return errors.size() == 1 ? list : errors.size() + " errors:" + System.lineSeparator() + list;
    }
}
