package io.vbaws.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The top of a policy script: {@code slaPolicy}, the file's {@code defaults} and {@code protect}
 * rules, and the word {@code system}. The interpreter calls these through the word table; IDEs see
 * the Closure forms and their {@code @DelegatesTo} (the GDSL descriptor names this class).
 */
public final class PolicyScript {

    private final ScriptRecorder recorder;

    PolicyScript(ScriptRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * Declares an EC2 SLA-based policy: {@code slaPolicy "prod-web" { regions "us-east-1"; template "gold" }}.
     * A policy with an error in its block is reported and left out; the script goes on.
     */
    public void slaPolicy(String name,
            @DelegatesTo(value = PolicyContext.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        slaPolicy(name, GroovyBlocks.<PolicyContext>delegatingTo(body));
    }

    /** {@link #slaPolicy(String, Closure)} for Java code and the interpreter. */
    public void slaPolicy(String name, Consumer<PolicyContext> body) {
        topLevel("slaPolicy");
        SourceRef at = recorder.literal("slaPolicy", name);
        PolicyContext policy = new PolicyContext(recorder, name, at);
        if (run(policy, body)) {
            recorder.declarePolicy(policy.toDeclaration());
        } else {
            recorder.declareFailed(policy.toDeclaration());
        }
    }

    /**
     * Settings every policy of this file starts from: {@code defaults { account "backup-prod"; storage "s3-90d" }}.
     * A policy's own setting replaces the default's; one defaults block per file, anywhere in it.
     */
    public void defaults(@DelegatesTo(value = PolicyContext.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        defaults(GroovyBlocks.<PolicyContext>delegatingTo(body));
    }

    /** {@link #defaults(Closure)} for Java code and the interpreter. */
    public void defaults(Consumer<PolicyContext> body) {
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

    /** Runs a policy or defaults block; false when it had errors (they are recorded). */
    private boolean run(PolicyContext context, Consumer<PolicyContext> body) {
        int before = recorder.errorCount();
        try {
            recorder.runBlock(context, body);
        } catch (BlockError failure) {
            recorder.error(failure.error());
        }
        return recorder.errorCount() == before;
    }

    private void topLevel(String word) {
        if (recorder.inBlock()) {
            throw new BlockError(new ScriptError(recorder.call(word), word + " belongs at the top of a script, not inside "
                    + recorder.innermostBlockName()));
        }
    }
}
