package io.vbaws.dsl;

import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.ASTNode;

/**
 * What lowering found wrong in one script, with file, line, column and the source line for the
 * caret (a refusal's). A refusal (a construct outside the language) keeps the whole file from being evaluated;
 * a mistake (an unknown word, a name without quotes) is reported and the rest is still evaluated,
 * since nothing the language can reach is at stake.
 */
final class Refusals {

    private final ScriptSource source;
    private final SourceLines lines;
    private final List<ScriptError> errors = new ArrayList<>();
    private int refusals;

    Refusals(ScriptSource source, SourceLines lines) {
        this.source = source;
        this.lines = lines;
    }

    /** A construct outside the language at {@code node}: the file is not evaluated. */
    void refuse(ASTNode node, String message) {
        refusals++;
        int line = node.getLineNumber();
        errors.add(new ScriptError(at(line, node.getColumnNumber()), message, lines.line(line)));
    }

    /** A mistake at {@code pos}: reported, and evaluating the file goes on. */
    void mistake(Expr.Pos pos, String message, List<String> suggestions) {
        errors.add(ScriptError.withSuggestions(at(pos.line(), pos.column()), message, suggestions));
    }

    boolean anyRefused() {
        return refusals > 0;
    }

    List<ScriptError> errors() {
        return List.copyOf(errors);
    }

    private SourceRef at(int line, int column) {
        return new SourceRef(source.name(), Math.max(line, 0), Math.max(column, 0));
    }
}
