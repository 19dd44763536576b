package io.vbaws.repl;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import groovy.transform.ThreadInterrupt;
import io.vbaws.text.ScriptClassName;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;

/**
 * Evaluates what the user types as full Groovy, one input at a time, in one binding that outlives
 * the inputs, so variables persist. Each script extends {@link QueryScript}, so the query
 * functions are in scope; loops check for interruption, so Ctrl-C stops them.
 */
public final class GroovyEvaluator {
    /** The variable that holds the last result. */
    public static final String LAST_RESULT = "_";

    private final Binding binding = new Binding();
    private final GroovyShell shell;
    private final ScriptServices services;
    private int inputs;

    /** An evaluator whose scripts reach {@code services} and print to {@code out}. */
    public GroovyEvaluator(ScriptServices services, PrintWriter out) {
        this.services = services;
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(QueryScript.class.getName());
        config.addCompilationCustomizers(new ReplDeclarations(),
                new ASTTransformationCustomizer(ThreadInterrupt.class),
                new ImportCustomizer().addStarImports("java.time"));
        this.shell = new GroovyShell(QueryScript.class.getClassLoader(), binding, config);
        binding.setVariable("out", out);
    }

    /** Evaluates one input; {@code source} names it in compiler messages (e.g. a file name). */
    public Object evaluate(String code, String source) {
        Script script = shell.parse(code, ScriptClassName.of(source));
        ((QueryScript) script).attach(services);
        return script.run();
    }

    /** Evaluates one line typed at the prompt. */
    public Object evaluate(String code) {
        return evaluate(code, "line" + (++inputs));
    }

    /** Keeps {@code value} as {@code _}, the last result, for the next input (null results are not kept). */
    public void remember(Object value) {
        if (value != null) {
            binding.setVariable(LAST_RESULT, value);
        }
    }

    /** The user's variables, by name. */
    public Map<String, Object> variables() {
        Map<String, Object> vars = new TreeMap<>();
        binding.getVariables().forEach((k, v) -> {
            if (!"out".equals(k) && !LAST_RESULT.equals(k)) {
                vars.put(String.valueOf(k), v);
            }
        });
        return vars;
    }

    /** Forgets every variable. */
    public void reset() {
        Object out = binding.getVariable("out");
        binding.getVariables().clear();
        binding.setVariable("out", out);
    }
}
