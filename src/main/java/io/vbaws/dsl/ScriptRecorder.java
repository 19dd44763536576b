package io.vbaws.dsl;

import groovy.lang.Closure;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import io.vbaws.declaration.PolicyDeclaration;
import io.vbaws.declaration.PolicySetting;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * What one script file declares while it runs: its policies, defaults and protect rules, and its
 * errors, each with file, line and column. It also runs the DSL's blocks (delegate first, one
 * context per block) and turns what goes wrong in one into a script error a user can act on.
 */
final class ScriptRecorder {

    private final String file;
    private final String scriptClass;
    private final SourcePositions positions;
    private final DslVocabulary vocabulary;
    private final int timeLimitSeconds;
    private final List<ScriptError> errors = new ArrayList<>();
    private final List<PolicyDeclaration> policies = new ArrayList<>();
    private final List<ProtectRule> protectRules = new ArrayList<>();
    private final Deque<DslContext> blocks = new ArrayDeque<>();
    private PolicyDeclaration defaults;

    ScriptRecorder(CompiledScript script, DslVocabulary vocabulary) {
        this(script.className(), script.positions(), vocabulary, script.timeLimitSeconds());
    }

    ScriptRecorder(String scriptClass, SourcePositions positions, DslVocabulary vocabulary, int timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
        this.file = positions.file();
        this.scriptClass = scriptClass;
        this.positions = positions;
        this.vocabulary = vocabulary;
    }

    String file() {
        return file;
    }

    DslVocabulary vocabulary() {
        return vocabulary;
    }

    /** Where the script statement now calling {@code word} is. */
    SourceRef call(String word) {
        return positions.call(currentLine(), word);
    }

    /** Where the bare name {@code name} (an assignment's target, an unquoted word) is on the current line. */
    SourceRef bareName(String name) {
        return positions.variable(currentLine(), name);
    }

    /** Where the literal {@code value}, passed to {@code word} by the current statement, is. */
    SourceRef literal(String word, String value) {
        return positions.literal(currentLine(), word, value);
    }

    void error(SourceRef at, String message) {
        errors.add(new ScriptError(at, message));
    }

    void error(ScriptError error) {
        errors.add(error);
    }

    int errorCount() {
        return errors.size();
    }

    List<ScriptError> errors() {
        return List.copyOf(errors);
    }

    /** Runs {@code body} with {@code context} as its delegate (delegate first) as the innermost block. */
    void runBlock(DslContext context, Closure<?> body) {
        Closure<?> block = body.rehydrate(context, body.getOwner(), body.getThisObject());
        block.setResolveStrategy(Closure.DELEGATE_FIRST);
        blocks.push(context);
        try {
            block.call();
        } catch (MissingMethodException e) {
            if (vocabulary.isBlock(e.getType())) {
                throw new BlockError(unknownWord(e, context.getClass()));
            }
            throw e;
        } catch (MissingPropertyException e) {
            if (vocabulary.isBlock(e.getType())) {
                throw new BlockError(unknownName(e, context.getClass()));
            }
            throw e;
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

    /** The name of the block the script is in now, or "a script" at the top level. */
    String innermostBlockName() {
        return blocks.isEmpty() ? vocabulary.blockName(PolicyScript.class) : vocabulary.blockName(blocks.peek().getClass());
    }

    void declarePolicy(PolicyDeclaration policy) {
        policies.add(policy);
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

    /** What went wrong, as a script error at the script line it happened on. */
    ScriptError toError(Throwable failure) {
        if (failure instanceof BlockError blockError) {
            return blockError.error();
        }
        if (failure instanceof MissingMethodException e && vocabulary.isBlock(e.getType())) {
            return unknownWord(e, blocks.isEmpty() ? PolicyScript.class : blocks.peek().getClass());
        }
        if (failure instanceof MissingPropertyException e && vocabulary.isBlock(e.getType())) {
            return unknownName(e, blocks.isEmpty() ? PolicyScript.class : blocks.peek().getClass());
        }
        SourceRef at = new SourceRef(file, lineOf(failure), 0);
        if (failure instanceof MissingMethodException e && "call".equals(e.getMethod())) {
            // Groovy calls a variable when one is written like a setting: `def regions = [...]` hides `regions "..."`.
            return new ScriptError(at, "a variable of this script (of type " + e.getType().getSimpleName() + ") is written "
                    + "where a setting belongs: a variable named like a setting (regions, template, tags, ...) hides "
                    + "it; rename the variable");
        }
        if (failure instanceof TimeoutException) {
            return new ScriptError(at, "the script ran longer than its limit of " + timeLimitSeconds
                    + " s and was stopped: a policy script must finish (is a loop endless?)");
        }
        if (failure instanceof StackOverflowError) {
            return new ScriptError(at, "the script calls itself without end (stack overflow)");
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : firstLine(failure.getMessage());
        return new ScriptError(at, message);
    }

    private ScriptError unknownWord(MissingMethodException e, Class<?> block) {
        String word = e.getMethod();
        SourceRef at = positions.call(lineOf(e), word);
        String blockName = vocabulary.blockName(block);
        List<String> forms = vocabulary.forms(block, word);
        if (!forms.isEmpty()) {
            return new ScriptError(at, word + " takes " + String.join(" or ", forms) + ", not " + word
                    + DslVocabulary.describeArguments(e.getArguments()));
        }
        List<String> elsewhere = vocabulary.blocksWith(word);
        if (!elsewhere.isEmpty()) {
            return new ScriptError(at, word + " is not a setting of " + blockName + "; it belongs in " + String.join(" or ", elsewhere));
        }
        List<String> closest = vocabulary.closest(block, word);
        String noun = block == PolicyScript.class ? "unknown word " : "unknown setting ";
        String where = block == PolicyScript.class ? "" : " in " + blockName;
        String hint = closest.isEmpty()
                ? "; expected one of " + String.join(", ", vocabulary.words(block))
                : "; did you mean " + String.join(" or ", closest) + "?";
        return new ScriptError(at, noun + word + where + hint);
    }

    private ScriptError unknownName(MissingPropertyException e, Class<?> block) {
        String name = e.getProperty();
        SourceRef at = positions.variable(lineOf(e), name);
        String where = block == PolicyScript.class ? "" : " in " + vocabulary.blockName(block);
        if (vocabulary.isCloseTo(name, "system")) {
            return new ScriptError(at, "unknown name " + name + where + "; did you mean system?");
        }
        return new ScriptError(at, "unknown name " + name + where + ": write names and IDs in quotes (\"" + name
                + "\"), and declare a variable with def before using it");
    }

    private int lineOf(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (isScriptClass(frame.getClassName()) && frame.getLineNumber() > 0) {
                return frame.getLineNumber();
            }
        }
        return currentLine();
    }

    private int currentLine() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> isScriptClass(f.getClassName()) && f.getLineNumber() > 0)
                .findFirst()
                .map(StackWalker.StackFrame::getLineNumber)
                .orElse(0));
    }

    private boolean isScriptClass(String className) {
        return className.equals(scriptClass) || className.startsWith(scriptClass + "$");
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }
}
