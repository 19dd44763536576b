package io.vbaws.dsl;

import groovy.lang.Binding;
import io.vbaws.inventory.DeclarationChecks;
import io.vbaws.declaration.Declarations;
import io.vbaws.declaration.PolicyDeclaration;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.ScriptErrors;
import io.vbaws.declaration.SourceRef;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compiles and runs a run's policy scripts into {@link Declarations}: every file, every policy,
 * file defaults applied, a policy name declared twice reported at both places, and the
 * declarations checked ({@link DeclarationChecks}). A run with any error throws {@link ScriptErrors}
 * listing all of them, file by file; nothing here needs an appliance.
 */
public final class PolicyScripts {

    /** At most this many files are evaluated at once. */
    private static final int MAX_THREADS = 4;

    private final RestrictedCompiler compiler;
    private final DslVocabulary vocabulary = new DslVocabulary();
    private final DeclarationChecks checks = new DeclarationChecks();
    private final ScriptCache cache;
    private final ScriptBatch batch;
    private final AtomicInteger compiled = new AtomicInteger();

    public PolicyScripts() {
        this(ScriptCache.none());
    }

    /** Scripts whose files are looked up in {@code cache} before they are evaluated, and kept there after. */
    public PolicyScripts(ScriptCache cache) {
        this(cache, ScriptBatch.forProcessors(MAX_THREADS));
    }

    PolicyScripts(RestrictedCompiler compiler) {
        this(compiler, ScriptCache.none(), ScriptBatch.forProcessors(MAX_THREADS));
    }

    /** Scripts evaluated through {@code cache}, files side by side as {@code batch} allows. */
    PolicyScripts(ScriptCache cache, ScriptBatch batch) {
        this(new RestrictedCompiler(), cache, batch);
    }

    PolicyScripts(RestrictedCompiler compiler, ScriptCache cache, ScriptBatch batch) {
        this.compiler = compiler;
        this.cache = cache;
        this.batch = batch;
    }

    /** The declarations of {@code files}, each named in errors by the path as given. */
    public Declarations load(List<Path> files) {
        List<ScriptSource> sources = new ArrayList<>();
        List<ScriptError> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                sources.add(new ScriptSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (NoSuchFileException e) {
                unreadable.add(new ScriptError(SourceRef.ofFile(file.toString()), "no such file"));
            } catch (MalformedInputException e) {
                unreadable.add(new ScriptError(SourceRef.ofFile(file.toString()), "not a UTF-8 text file"));
            } catch (IOException e) {
                unreadable.add(new ScriptError(SourceRef.ofFile(file.toString()), "cannot read: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
        return load(sources, unreadable);
    }

    /** The declarations of scripts given as text. */
    public Declarations loadSources(List<ScriptSource> sources) {
        return load(sources, List.of());
    }

    private Declarations load(List<ScriptSource> sources, List<ScriptError> earlier) {
        List<ScriptError> errors = new ArrayList<>(earlier);
        List<PolicyDeclaration> policies = new ArrayList<>();
        List<ProtectRule> protectRules = new ArrayList<>();
        for (FileDeclarations file : batch.evaluate(sources, this::evaluateOrFind)) {
            errors.addAll(file.problems());
            policies.addAll(file.policies());
            protectRules.addAll(file.protectRules());
        }
        Declarations declarations = new Declarations(withoutDuplicates(policies, errors), protectRules);
        errors.addAll(checks.check(declarations));
        List<String> order = new ArrayList<>();
        earlier.forEach(e -> order.add(e.at().file()));
        sources.forEach(s -> order.add(s.name()));
        if (ScriptErrors.anyError(errors)) {
            throw new ScriptErrors(ScriptErrors.inFileOrder(errors, order));
        }
        return declarations.withWarnings(ScriptErrors.inFileOrder(errors, order));
    }

    private FileDeclarations evaluateOrFind(ScriptSource source) {
        return cache.find(source).orElseGet(() -> {
            FileDeclarations declarations = evaluate(source);
            cache.store(source, declarations);
            return declarations;
        });
    }

    /** What one file declares on its own; safe to call for several files at once. */
    private FileDeclarations evaluate(ScriptSource source) {
        CompiledScript script;
        try {
            script = compiler.compile(source, "VbawsPolicyScript" + compiled.incrementAndGet());
        } catch (ScriptErrors compileErrors) {
            return FileDeclarations.refused(compileErrors.errors());
        }
        ScriptRecorder recorder = new ScriptRecorder(script, vocabulary);
        run(script, recorder);
        recorder.finish();
        return new FileDeclarations(recorder.policies(), recorder.protectRules(), recorder.errors());
    }

    private static void run(CompiledScript script, ScriptRecorder recorder) {
        try {
            PolicyScript instance = script.type().getDeclaredConstructor().newInstance();
            instance.setBinding(new Binding());
            instance.attachRecorder(recorder);
            instance.run();
        } catch (InvocationTargetException e) {
            recorder.error(recorder.toError(e.getCause()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a compiled policy script cannot be created", e);
        } catch (Exception | StackOverflowError e) {
            // Exception, not RuntimeException: the time limit throws a checked TimeoutException undeclared.
            recorder.error(recorder.toError(e));
        }
    }

    private static List<PolicyDeclaration> withoutDuplicates(List<PolicyDeclaration> policies, List<ScriptError> errors) {
        Map<String, PolicyDeclaration> byName = new LinkedHashMap<>();
        for (PolicyDeclaration policy : policies) {
            PolicyDeclaration first = byName.putIfAbsent(policy.name(), policy);
            if (first != null) {
                errors.add(new ScriptError(policy.declaredAt(), "policy \"" + policy.name() + "\" is declared twice: here and at "
                        + first.declaredAt()));
            }
        }
        return List.copyOf(byName.values());
    }
}
