package io.vbaws.dsl;

import io.vbaws.declaration.PolicyDeclaration;
import io.vbaws.declaration.PolicySetting;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;
import io.vbaws.dsl.Expr.Pos;
import io.vbaws.text.NameSuggestions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one script file declares while it is evaluated: its policies, defaults and protect rules,
 * and its errors, each with file, line and column. It keeps the DSL blocks the script is in (one
 * context per block) and the word being called, whose place every setting records.
 */
final class ScriptRecorder {

    /** A word being called: where it is, and the line its call ends on. */
    private record CallSite(String word, Pos pos, int lastLine) {
    }

    private static final NameSuggestions SUGGESTIONS = new NameSuggestions(3);

    private final String file;
    private final SourcePositions positions;
    private final SourceLines lines;
    private final List<ScriptError> errors = new ArrayList<>();
    private final List<PolicyDeclaration> policies = new ArrayList<>();
    private final List<PolicyDeclaration> failedPolicies = new ArrayList<>();
    private final List<ProtectRule> protectRules = new ArrayList<>();
    private final Deque<DslContext> blocks = new ArrayDeque<>();
    private final Deque<CallSite> calls = new ArrayDeque<>();
    private PolicyDeclaration defaults;
    private int failures;

    ScriptRecorder(String file, SourcePositions positions, SourceLines lines) {
        this.file = file;
        this.positions = positions;
        this.lines = lines;
    }

    /** Where the call of {@code word} now running is; a word another word writes for it has the line alone. */
    SourceRef call(String word) {
        CallSite site = calls.peek();
        if (site == null) {
            return SourceRef.ofFile(file);
        }
        if (site.word().equals(word)) {
            return new SourceRef(file, site.pos().line(), site.pos().column());
        }
        return new SourceRef(file, site.pos().line(), 0);
    }

    /** Where the bare name {@code name} is on the line of the current call. */
    SourceRef bareName(String name) {
        CallSite site = calls.peek();
        return positions.variable(site == null ? 0 : site.pos().line(), name);
    }

    /** Where the literal {@code value}, passed to {@code word} by the current call, is. */
    SourceRef literal(String word, String value) {
        CallSite site = calls.peek();
        if (site == null) {
            return SourceRef.ofFile(file);
        }
        SourceRef written = positions.literal(site.pos().line(), site.lastLine(), value);
        return written != null ? written : call(word);
    }

    /** An error of the script's own code at {@code pos}, with its line for the caret. */
    ScriptError at(Pos pos, String message) {
        return new ScriptError(new SourceRef(file, pos.line(), pos.column()), message, lines.line(pos.line()));
    }

    void enterCall(String word, Pos pos, int lastLine) {
        calls.push(new CallSite(word, pos, Math.max(lastLine, pos.line())));
    }

    void leaveCall() {
        calls.pop();
    }

    void error(SourceRef at, String message) {
        errors.add(new ScriptError(at, message));
    }

    void error(ScriptError error) {
        errors.add(error);
    }

    /** Counts a mistake already reported when the script was lowered, so its block is known to have failed. */
    void failed() {
        failures++;
    }

    /** The errors so far, and the mistakes reported before evaluation that were reached. */
    int errorCount() {
        return errors.size() + failures;
    }

    List<ScriptError> errors() {
        return List.copyOf(errors);
    }

    /** Runs {@code body} with {@code context} as the innermost block. */
    <C extends DslContext> void runBlock(C context, Consumer<? super C> body) {
        blocks.push(context);
        try {
            body.accept(context);
        } finally {
            blocks.pop();
        }
    }

    boolean inBlock() {
        return !blocks.isEmpty();
    }

    /** Whether {@code context} is the block the script is in now (not an outer one). */
    boolean isInnermost(DslContext context) {
        return blocks.peek() == context;
    }

    DslBlock innermostBlock() {
        return blocks.isEmpty() ? DslBlock.SCRIPT : blocks.peek().block();
    }

    DslContext innermostContext() {
        return blocks.peek();
    }

    /** The name of the block the script is in now, or "a script" at the top level. */
    String innermostBlockName() {
        return innermostBlock().displayName();
    }

    /** The error for a word the innermost block does not have: where it belongs, or what was meant. */
    BlockError misplaced(String word, Pos pos) {
        SourceRef at = new SourceRef(file, pos.line(), pos.column());
        DslBlock innermost = innermostBlock();
        List<DslBlock> owners = DslWords.blocksWith(word);
        if (owners.contains(DslBlock.SCRIPT)) {
            return new BlockError(new ScriptError(at, word + " belongs at the top of a script, not inside " + innermost.displayName()));
        }
        for (DslContext outer : blocks) {
            if (owners.contains(outer.block())) {
                return new BlockError(new ScriptError(at, word + " belongs in " + outer.block().displayName() + ", not inside "
                        + innermost.displayName()));
            }
        }
        if (!owners.isEmpty()) {
            return new BlockError(new ScriptError(at, word + " is not a setting of " + innermost.displayName() + "; it belongs in "
                    + String.join(" or ", owners.stream().map(DslBlock::displayName).toList())));
        }
        List<String> closest = SUGGESTIONS.closest(word, DslWords.words(innermost));
        return new BlockError(ScriptError.withSuggestions(at, "unknown setting " + word + " in " + innermost.displayName(), closest));
    }

    void declarePolicy(PolicyDeclaration policy) {
        policies.add(policy);
    }

    /** A policy whose block had errors: left out, but what it wrote is still checked. */
    void declareFailed(PolicyDeclaration policy) {
        failedPolicies.add(policy);
    }

    List<PolicyDeclaration> failedPolicies() {
        return List.copyOf(failedPolicies);
    }

    /** The file's defaults; false (and an error) when the file already has them. */
    boolean declareDefaults(PolicyDeclaration declared, SourceRef at) {
        if (defaults != null) {
            error(at, "defaults are already declared at line " + defaults.declaredAt().line() + ": a file has one defaults block");
            return false;
        }
        defaults = declared;
        return true;
    }

    void protect(ProtectRule rule) {
        protectRules.add(rule);
    }

    /** The file's policies over its defaults, and its protect rules with each protected policy's name. */
    List<PolicyDeclaration> policies() {
        return policies.stream().map(p -> p.over(defaults)).toList();
    }

    List<ProtectRule> protectRules() {
        List<ProtectRule> rules = new ArrayList<>(protectRules);
        for (PolicyDeclaration policy : policies()) {
            if (policy.isProtected()) {
                rules.add(new ProtectRule(policy.name(), policy.placeOf(PolicySetting.PROTECT)));
            }
        }
        return rules;
    }

    /** Checks what only the whole file shows: a default that cannot be one. */
    void finish() {
        if (defaults != null && defaults.priority() != null) {
            error(defaults.placeOf(PolicySetting.PRIORITY), "priority cannot be a file default: give each policy its own");
        }
    }
}
