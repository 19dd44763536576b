package io.vbaws.runbook;

import groovy.lang.Script;
import java.util.Map;

/**
 * The base class of every runbook: {@code param} declarations (read before the run, see
 * {@link ParamDeclarations}; at run time each gives its value), {@code fail "message"} and
 * {@code exit(n)}. The facade, the values and the log are bound as {@code vbaws}, {@code params}
 * and {@code log}.
 */
public abstract class RunbookScript extends Script {

    /** A declared parameter's value (the declaration itself was read when the runbook compiled). */
    public Object param(Map<String, Object> options, String name) {
        return param(name);
    }

    public Object param(String name) {
        Object params = getBinding().getVariable("params");
        return params instanceof Map<?, ?> m ? m.get(name) : null;
    }

    /** Ends the runbook with exit code 1 and this message; its finally blocks run first. */
    public void fail(Object message) {
        throw new RunbookFailure(String.valueOf(message), 1);
    }

    /** Ends the runbook with exit code {@code code} (the drift check uses 2); its finally blocks run first. */
    public void exit(int code) {
        throw new RunbookFailure(null, code);
    }
}
