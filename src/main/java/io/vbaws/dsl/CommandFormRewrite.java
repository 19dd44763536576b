package io.vbaws.dsl;

import io.vbaws.text.NameSuggestions;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Makes the DSL's command forms mean what they read as, before anything else sees the script.
 *
 * <p>Groovy parses {@code slaPolicy "prod-web" { ... }} as {@code slaPolicy("prod-web"({ ... }))}: a
 * call of a method named {@code prod-web}. This rewrites it to {@code slaPolicy("prod-web", { ... })},
 * so it runs, type-checks and is reported like the parenthesised form; a GString name
 * ({@code slaPolicy "web-$i" { }}) works the same way.
 *
 * <p>Groovy cannot annotate a script, and {@code @TypeChecked} on an import fails; so a
 * {@code @TypeChecked} or {@code @CompileStatic} written on an import is moved to the script class,
 * which is what a user writing it at the top of a file means.
 */
final class CommandFormRewrite extends CompilationCustomizer {

    /** The script-level methods that take a name and a block. */
    private static final Set<String> NAMED_BLOCKS = Set.of("slaPolicy");
    private static final NameSuggestions MISSPELLINGS = new NameSuggestions(1);
    private static final Set<String> SCRIPT_ANNOTATIONS = Set.of(
            "TypeChecked", "groovy.transform.TypeChecked", "CompileStatic", "groovy.transform.CompileStatic");

    CommandFormRewrite() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (classNode.isScript()) {
            hoistScriptAnnotations(source.getAST(), classNode);
        }
        new ClassCodeExpressionTransformer() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public Expression transform(Expression expression) {
                if (expression instanceof ClosureExpression closure) {
                    closure.getCode().visit(this);
                    return closure;
                }
                if (expression instanceof MethodCallExpression call) {
                    rewrite(call);
                }
                return super.transform(expression);
            }
        }.visitClass(classNode);
    }

    private static void rewrite(MethodCallExpression call) {
        if (!call.isImplicitThis() || !isNamedBlock(call.getMethodAsString())
                || !(call.getArguments() instanceof TupleExpression args) || args.getExpressions().size() != 1
                || !(args.getExpression(0) instanceof MethodCallExpression inner) || !inner.isImplicitThis()) {
            return;
        }
        Expression name = inner.getMethod();
        boolean namedByText = name instanceof ConstantExpression constant && constant.getValue() instanceof String
                || name instanceof GStringExpression;
        if (!namedByText || !(inner.getArguments() instanceof TupleExpression innerArgs)
                || innerArgs.getExpressions().size() != 1 || !(innerArgs.getExpression(0) instanceof ClosureExpression body)) {
            return;
        }
        ArgumentListExpression rewritten = new ArgumentListExpression(List.of(name, body));
        rewritten.setSourcePosition(args);
        call.setArguments(rewritten);
    }

    /**
     * Whether {@code word} is a named-block word, or a misspelling of one: {@code slaPolicyy "x" { }}
     * then fails as "unknown word slaPolicyy", not as a call of a method named {@code x}.
     */
    private static boolean isNamedBlock(String word) {
        return word != null && (NAMED_BLOCKS.contains(word) || !MISSPELLINGS.closest(word, NAMED_BLOCKS).isEmpty());
    }

    private static void hoistScriptAnnotations(ModuleNode module, ClassNode script) {
        for (ImportNode imported : allImports(module)) {
            List<AnnotationNode> annotations = imported.getAnnotations();
            for (AnnotationNode annotation : List.copyOf(annotations)) {
                if (SCRIPT_ANNOTATIONS.contains(annotation.getClassNode().getName())) {
                    annotations.remove(annotation);
                    script.addAnnotation(annotation);
                }
            }
        }
    }

    private static List<ImportNode> allImports(ModuleNode module) {
        List<ImportNode> all = new java.util.ArrayList<>(module.getImports());
        all.addAll(module.getStarImports());
        all.addAll(module.getStaticImports().values());
        all.addAll(module.getStaticStarImports().values());
        return all;
    }
}
