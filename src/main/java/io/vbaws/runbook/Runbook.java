package io.vbaws.runbook;

import groovy.lang.Binding;
import groovy.lang.GroovyCodeSource;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import io.vbaws.text.ScriptClassName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;

/**
 * A runbook compiled and ready: full Groovy (it is the operator's own code, trusted like a shell
 * script, unlike policy scripts), its parameters read from its declarations before any line runs.
 */
public final class Runbook {
    private final Path file;
    private final Script script;
    private final RunbookParams params;

    private Runbook(Path file, Script script, RunbookParams params) {
        this.file = file;
        this.script = script;
        this.params = params;
    }

    /** Compiles {@code file}; a syntax error or an unreadable declaration is an error with file and line. */
    public static Runbook compile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RunbookException("cannot read the runbook " + file + ": " + e.getMessage(), e);
        }
        ParamDeclarations declarations = new ParamDeclarations();
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(RunbookScript.class.getName());
        config.addCompilationCustomizers(declarations, new ImportCustomizer().addStarImports("java.time"));
        GroovyShell shell = new GroovyShell(Runbook.class.getClassLoader(), new Binding(), config);
        Script script;
        try {
            script = shell.parse(new GroovyCodeSource(text, scriptName(file), "/groovy/runbook"));
        } catch (MultipleCompilationErrorsException e) {
            throw new RunbookException(compileErrors(file, e));
        }
        if (!declarations.errors().isEmpty()) {
            throw new RunbookException(declarations.errors().stream().map(m -> file + ": " + m)
                    .collect(Collectors.joining("\n")));
        }
        return new Runbook(file, script, new RunbookParams(declarations.params()));
    }

    public Path file() {
        return file;
    }

    public RunbookParams params() {
        return params;
    }

    /** The compiled script, bound and run by {@link RunbookExecution}. */
    Script script() {
        return script;
    }

    /** The class name the script's frames carry, from which an error's line is read. */
    static String scriptName(Path file) {
        return ScriptClassName.of(file.getFileName().toString());
    }

    private static String compileErrors(Path file, MultipleCompilationErrorsException e) {
        List<? extends Message> errors = e.getErrorCollector().getErrors();
        if (errors == null || errors.isEmpty()) {
            return file + ": " + e.getMessage();
        }
        return errors.stream().map(m -> {
            if (m instanceof SyntaxErrorMessage s) {
                return file + ":" + s.getCause().getLine() + ":" + s.getCause().getStartColumn() + ": "
                        + s.getCause().getOriginalMessage();
            }
            return file + ": " + m;
        }).collect(Collectors.joining("\n"));
    }
}
