package io.vbaws.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;
import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * The base class of every policy script: {@code slaPolicy}, the file's {@code defaults} and
 * {@code protect} rules, and the word {@code system}. Scripts declare; printing, evaluating code and
 * running other scripts fail here as well as at compile time.
 */
public abstract class PolicyScript extends Script {

    private ScriptRecorder recorder;

    /** Gives the script the recorder its declarations go to; before it runs, once. */
    final void attachRecorder(ScriptRecorder attached) {
        if (recorder != null) {
            throw new IllegalStateException("a policy script runs once");
        }
        this.recorder = attached;
    }

    /**
     * Declares an EC2 SLA-based policy: {@code slaPolicy "prod-web" { regions "us-east-1"; template "gold" }}.
     * A policy with an error in its block is reported and left out; the script goes on.
     */
    public void slaPolicy(String name,
            @DelegatesTo(value = PolicyContext.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        topLevel("slaPolicy");
        if (name == null) {
            throw blockError(recorder.call("slaPolicy"), "slaPolicy needs a name: slaPolicy \"NAME\" { ... }");
        }
        SourceRef at = recorder.literal("slaPolicy", name);
        PolicyContext policy = new PolicyContext(recorder, name, at);
        if (run(policy, body)) {
            recorder.declarePolicy(policy.toDeclaration());
        }
    }

    /**
     * Settings every policy of this file starts from: {@code defaults { account "backup-prod"; storage "s3-90d" }}.
     * A policy's own setting replaces the default's; one defaults block per file, anywhere in it.
     */
    public void defaults(@DelegatesTo(value = PolicyContext.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        topLevel("defaults");
        SourceRef at = recorder.call("defaults");
        PolicyContext defaults = new PolicyContext(recorder, null, at);
        if (run(defaults, body)) {
            recorder.declareDefaults(defaults.toDeclaration(), at);
        }
    }

    /** Policies that {@code --prune} must never delete, by name or glob: {@code protect "legacy-*", "finance-db"}. */
    public void protect(String... patterns) {
        protect(Arrays.asList((Object[]) patterns));
    }

    /** Policies that {@code --prune} must never delete, as a list of names or globs. */
    public void protect(List<?> patterns) {
        topLevel("protect");
        if (patterns.isEmpty()) {
            recorder.error(recorder.call("protect"), "protect needs a policy name or glob such as \"legacy-*\"");
        }
        for (Object pattern : patterns) {
            String text = TextValues.text(pattern);
            if (text == null) {
                recorder.error(recorder.call("protect"), "protect takes policy names or globs in quotes, not "
                        + TextValues.describe(pattern));
            } else {
                recorder.protect(new ProtectRule(text, recorder.literal("protect", text)));
            }
        }
    }

    /** {@code exclude volumes: system}: every instance's system volume. */
    public VolumeGroup getSystem() {
        return VolumeGroup.SYSTEM;
    }

    @Override
    public Object getProperty(String property) {
        if ("recorder".equals(property) || "binding".equals(property)) {
            throw new groovy.lang.MissingPropertyException(property, getClass());
        }
        return super.getProperty(property);
    }

    @Override
    public void setProperty(String property, Object newValue) {
        if (recorder != null && recorder.inBlock()) {
            String block = recorder.innermostBlockName();
            throw blockError(recorder.bareName(property), recorder.vocabulary().blocksWith(property).isEmpty()
                    ? "cannot assign " + property + " inside " + block + ": declare variables with def before the block"
                    : "write " + property + " VALUE, not " + property + " = VALUE: settings are method calls");
        }
        super.setProperty(property, newValue);
    }

    @Override
    public void print(Object value) {
        throw forbidden("print");
    }

    @Override
    public void println() {
        throw forbidden("println");
    }

    @Override
    public void println(Object value) {
        throw forbidden("println");
    }

    @Override
    public void printf(String format, Object value) {
        throw forbidden("printf");
    }

    @Override
    public void printf(String format, Object[] values) {
        throw forbidden("printf");
    }

    @Override
    public Object evaluate(String expression) {
        throw forbidden("evaluate");
    }

    @Override
    public Object evaluate(File file) {
        throw forbidden("evaluate");
    }

    @Override
    public void run(File file, String[] arguments) {
        throw forbidden("run");
    }

    /** Runs a policy or defaults block; false when it had errors (they are recorded). */
    private boolean run(PolicyContext context, Closure<?> body) {
        int before = recorder.errorCount();
        try {
            recorder.runBlock(context, body);
        } catch (RuntimeException failure) {
            recorder.error(recorder.toError(failure));
        }
        return recorder.errorCount() == before;
    }

    private void topLevel(String word) {
        if (recorder.inBlock()) {
            throw blockError(recorder.call(word), word + " belongs at the top of a script, not inside "
                    + recorder.innermostBlockName());
        }
    }

    private BlockError forbidden(String word) {
        return blockError(recorder.call(word), word + " is not allowed in a policy script: a script declares policies");
    }

    private static BlockError blockError(SourceRef at, String message) {
        return new BlockError(new ScriptError(at, message));
    }
}
