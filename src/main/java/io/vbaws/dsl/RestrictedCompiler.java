package io.vbaws.dsl;

import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyCodeSource;
import groovy.transform.TimedInterrupt;
import io.vbaws.declaration.ScriptErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.SecureASTCustomizer;

/**
 * Compiles policy scripts with the restricted configuration: {@link PolicyScript} as the base class,
 * the command forms rewritten, annotations and references checked ({@link AnnotationRestriction},
 * {@link ScriptRestrictions}, with {@link SecureASTCustomizer} behind them), every global AST
 * transformation on the class path disabled ({@code @Grab} is one), and a time limit on running.
 */
final class RestrictedCompiler {

    /** A policy script that runs longer than this is stopped: it is a loop that does not end. */
    static final int TIME_LIMIT_SECONDS = 30;

    private static final int MAX_ERRORS = 1000;
    private static final List<String> GLOBAL_TRANSFORM_LISTS = List.of(
            "META-INF/services/org.codehaus.groovy.transform.ASTTransformation",
            "META-INF/groovy/org.codehaus.groovy.transform.ASTTransformation");

    private final ClassLoader parent;
    private final Set<String> globalTransforms;
    private final int timeLimitSeconds;

    RestrictedCompiler() {
        this(TIME_LIMIT_SECONDS);
    }

    RestrictedCompiler(int timeLimitSeconds) {
        this.parent = PolicyScript.class.getClassLoader();
        this.globalTransforms = globalTransforms(parent);
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /** The script compiled as class {@code className}; {@link ScriptErrors} with every compile error. */
    CompiledScript compile(ScriptSource source, String className) {
        SourcePositions positions = new SourcePositions(source.name());
        GroovyClassLoader loader = new GroovyClassLoader(parent, configuration(positions));
        try {
            Class<?> type = loader.parseClass(new GroovyCodeSource(source.text(), className + ".groovy", "/vbaws/policy"), false);
            return new CompiledScript(type.asSubclass(PolicyScript.class), className, positions, timeLimitSeconds);
        } catch (CompilationFailedException failure) {
            throw new ScriptErrors(new CompilerMessages(source).errors(failure));
        }
    }

    private CompilerConfiguration configuration(SourcePositions positions) {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(PolicyScript.class.getName());
        // Groovy stops after 10 errors by default; a run lists all of them.
        config.setTolerance(MAX_ERRORS);
        config.setDisabledGlobalASTTransformations(globalTransforms);
        AnnotationRestriction annotations = new AnnotationRestriction();
        config.addCompilationCustomizers(
                new CommandFormRewrite(),
                annotations,
                new PositionRecording(positions),
                new ScriptRestrictions(annotations),
                new NotifyRename(),
                secureAst(),
                new ASTTransformationCustomizer(Map.of("value", (long) timeLimitSeconds), TimedInterrupt.class));
        return config;
    }

    /** Groovy's own restrictions, as a second line behind {@link ScriptRestrictions}, which reports positions. */
    private static SecureASTCustomizer secureAst() {
        SecureASTCustomizer secure = new SecureASTCustomizer();
        secure.setPackageAllowed(false);
        secure.setAllowedImports(List.copyOf(new TreeSet<>(ScriptRestrictions.ALLOWED_TYPES)));
        secure.setAllowedStarImports(List.of());
        secure.setAllowedStaticImports(List.of());
        secure.setAllowedStaticStarImports(List.of());
        secure.setDisallowedReceiversClasses(List.of(
                System.class, Runtime.class, java.io.File.class, java.nio.file.Files.class, java.nio.file.Paths.class,
                java.nio.file.Path.class, java.net.URL.class, java.net.URI.class, java.net.Socket.class,
                java.net.ServerSocket.class, Class.class, ClassLoader.class, Thread.class, ProcessBuilder.class,
                Process.class, groovy.util.Eval.class, groovy.lang.GroovyShell.class, GroovyClassLoader.class));
        return secure;
    }

    /** The names of every global AST transformation the class path declares, all of them to disable. */
    private static Set<String> globalTransforms(ClassLoader loader) {
        Set<String> names = new TreeSet<>();
        for (String list : GLOBAL_TRANSFORM_LISTS) {
            try {
                Enumeration<URL> resources = loader.getResources(list);
                while (resources.hasMoreElements()) {
                    try (BufferedReader reader = new BufferedReader(
                            new InputStreamReader(resources.nextElement().openStream(), StandardCharsets.UTF_8))) {
                        reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the list of global AST transformations", e);
            }
        }
        names.add("groovy.grape.GrabAnnotationTransformation");
        return Set.copyOf(names);
    }
}
