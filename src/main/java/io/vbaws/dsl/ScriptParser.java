package io.vbaws.dsl;

import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.ScriptErrors;
import io.vbaws.declaration.SourceRef;
import java.util.List;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.ErrorCollector;
import org.codehaus.groovy.control.SourceUnit;

/**
 * Groovy's parser, and nothing after it: a script's text becomes Groovy's AST (the phase Groovy
 * calls conversion) with Groovy's own syntax errors and positions. No class is resolved, no AST
 * transformation runs (not even a global one such as {@code @Grab}'s), no class is generated or
 * loaded: the AST goes to {@link ScriptLowering} and is thrown away.
 */
final class ScriptParser {

    private static final int MAX_ERRORS = 1000;

    /** The AST of {@code source}; {@link ScriptErrors} with every syntax error. */
    ModuleNode parse(ScriptSource source) {
        ScriptError tooDeep = NestingCheck.check(source);
        if (tooDeep != null) {
            throw new ScriptErrors(List.of(tooDeep));
        }
        String fast = CommandCalls.parenthesize(source.text());
        if (!fast.equals(source.text())) {
            try {
                return parse(source, fast);
            } catch (ScriptErrors e) {
                // Errors are reported as the file was written: parse it as it is.
            }
        }
        return parse(source, source.text());
    }

    private ModuleNode parse(ScriptSource source, String text) {
        CompilerConfiguration config = new CompilerConfiguration();
        // Groovy stops after 10 errors by default; a run lists all of them.
        config.setTolerance(MAX_ERRORS);
        SourceUnit unit = new SourceUnit(source.name(), text, config, null, new ErrorCollector(config));
        try {
            unit.parse();
            unit.completePhase();
            unit.nextPhase();
            unit.convert();
            return unit.getAST();
        } catch (CompilationFailedException failure) {
            throw new ScriptErrors(new CompilerMessages(source).errors(failure));
        } catch (StackOverflowError deep) {
            throw new ScriptErrors(List.of(new ScriptError(SourceRef.ofFile(source.name()),
                    "the script nests too deeply to be read: write fewer brackets inside each other")));
        }
    }
}
