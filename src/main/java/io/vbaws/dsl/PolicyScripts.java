package io.vbaws.dsl;

import io.vbaws.inventory.DeclarationChecks;
import io.vbaws.declaration.Declarations;
import io.vbaws.declaration.PolicyDeclaration;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.ScriptErrors;
import io.vbaws.declaration.SourceRef;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a run's policy scripts into {@link Declarations}: each file parsed by Groovy's parser
 * ({@link ScriptParser}), lowered into the policy language ({@link ScriptLowering}), which refuses
 * what is outside it before anything is evaluated, and evaluated by the {@link Interpreter}; every
 * file, every policy,
 * file defaults applied, a policy name declared twice reported at both places, and the
 * declarations checked ({@link DeclarationChecks}). A run with any error throws {@link ScriptErrors}
 * listing all of them, file by file; nothing here needs an appliance.
 */
public final class PolicyScripts {

    /** At most this many files are evaluated at once. */
    private static final int MAX_THREADS = 4;

    private final ScriptParser parser = new ScriptParser();
    private final DeclarationChecks checks = new DeclarationChecks();
    private final ScriptCache cache;
    private final ScriptBatch batch;

    public PolicyScripts() {
        this(ScriptCache.none());
    }

    /** Scripts whose files are looked up in {@code cache} before they are evaluated, and kept there after. */
    public PolicyScripts(ScriptCache cache) {
        this(cache, ScriptBatch.forProcessors(MAX_THREADS));
    }

    PolicyScripts(ScriptCache cache, ScriptBatch batch) {
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
                unreadable.add(new ScriptError(SourceRef.ofFile(file.toString()), "no such file or directory"));
            } catch (MalformedInputException e) {
                unreadable.add(new ScriptError(SourceRef.ofFile(file.toString()), "not a UTF-8 text file"));
            } catch (IOException e) {
                unreadable.add(new ScriptError(SourceRef.ofFile(file.toString()), "cannot read: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
        return load(sources, unreadable);
    }

    /**
     * The declarations Java code builds without a script, through the same words and checks:
     * {@code build("runbook", s -> s.slaPolicy("web", p -> { p.account("backup-prod"); ... }))}.
     * Errors name {@code name} as their file.
     */
    public Declarations build(String name, java.util.function.Consumer<PolicyScript> script) {
        ScriptRecorder recorder = new ScriptRecorder(name, new SourcePositions(name), new SourceLines(""));
        List<ScriptError> errors = new ArrayList<>();
        try {
            script.accept(new PolicyScript(recorder));
        } catch (BlockError error) {
            errors.add(error.error());
        }
        recorder.finish();
        errors.addAll(recorder.errors());
        Declarations declarations = new Declarations(withoutDuplicates(recorder.policies(), errors), recorder.protectRules());
        errors.addAll(checks.check(declarations));
        if (ScriptErrors.anyError(errors)) {
            throw new ScriptErrors(errors);
        }
        return declarations.withWarnings(errors);
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
        cache.trim();
        Declarations declarations = new Declarations(withoutDuplicates(policies, errors), protectRules);
        errors.addAll(checks.check(declarations));
        List<String> order = new ArrayList<>();
        earlier.forEach(e -> order.add(e.at().file()));
        sources.forEach(s -> order.add(s.name()));
        if (ScriptErrors.anyError(errors)) {
            throw new ScriptErrors(ScriptErrors.inFileOrder(errors, order),
                    new Declarations(untouched(declarations.policies(), errors), protectRules));
        }
        return declarations.withWarnings(ScriptErrors.inFileOrder(errors, order));
    }

    /**
     * The policies no error lies in: from a policy's {@code slaPolicy} line to the next policy's of
     * its file (to the end of the file for the last). An error of the whole file touches them all.
     */
    private static List<PolicyDeclaration> untouched(List<PolicyDeclaration> policies, List<ScriptError> problems) {
        List<PolicyDeclaration> untouched = new ArrayList<>();
        for (PolicyDeclaration policy : policies) {
            String file = policy.declaredAt().file();
            int from = policy.declaredAt().line();
            int to = policies.stream().filter(p -> p.declaredAt().file().equals(file) && p.declaredAt().line() > from)
                    .mapToInt(p -> p.declaredAt().line()).min().orElse(Integer.MAX_VALUE);
            boolean touched = problems.stream().filter(ScriptError::isError).anyMatch(e -> e.at().file().equals(file)
                    && (e.at().line() <= 0 || (e.at().line() >= from && e.at().line() < to)));
            if (!touched) {
                untouched.add(policy);
            }
        }
        return untouched;
    }

    private FileDeclarations evaluateOrFind(ScriptSource source) {
        return cache.find(source).orElseGet(() -> {
            FileDeclarations declarations = evaluate(source);
            cache.store(source, declarations);
            return declarations;
        });
    }

    /**
     * What one file declares on its own, parsed, lowered and evaluated; safe to call for several files
     * at once. A file that cannot be parsed or is refused declares nothing. Mistakes found by lowering
     * that refuse nothing are reported, and the file is still evaluated: they reach nothing.
     */
    private FileDeclarations evaluate(ScriptSource source) {
        org.codehaus.groovy.ast.ModuleNode module;
        try {
            module = parser.parse(source);
        } catch (ScriptErrors syntax) {
            return FileDeclarations.refused(syntax.errors());
        }
        SourceLines lines = new SourceLines(source.text());
        SourcePositions positions = new SourcePositions(source.name());
        Refusals refusals = new Refusals(source, lines);
        Program program;
        try {
            program = new ScriptLowering(refusals, positions).lower(module);
        } catch (StackOverflowError deep) {
            return FileDeclarations.refused(List.of(
                    new ScriptError(SourceRef.ofFile(source.name()), "the script nests too deeply to be read")));
        }
        if (refusals.anyRefused()) {
            return FileDeclarations.refused(refusals.errors());
        }
        ScriptRecorder recorder = new ScriptRecorder(source.name(), positions, lines);
        new Interpreter(program, recorder).run();
        recorder.finish();
        List<ScriptError> problems = new ArrayList<>(refusals.errors());
        problems.addAll(recorder.errors());
        problems.addAll(writtenButFailed(recorder));
        return new FileDeclarations(recorder.policies(), recorder.protectRules(), problems);
    }

    /**
     * What the rules find in policies whose blocks had errors, less what only follows from those
     * errors: a line that already has an error gets no second one (a dropped value is not also
     * "missing").
     */
    private List<ScriptError> writtenButFailed(ScriptRecorder recorder) {
        Set<Integer> lines = new HashSet<>();
        recorder.errors().forEach(e -> lines.add(e.at().line()));
        return checks.checkWritten(recorder.failedPolicies()).stream().filter(e -> !lines.contains(e.at().line())).toList();
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
