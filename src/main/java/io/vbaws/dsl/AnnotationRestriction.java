package io.vbaws.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Allows only the annotations a policy script has use for (type checking), before any AST
 * transformation an annotation would trigger can run: an annotation is how {@code @Grab} fetches
 * code and {@code @ASTTest} runs it at compile time. Names are still unresolved at this phase, so
 * they are matched as written, simple or qualified. A refused annotation is removed at once, so it
 * triggers nothing, and reported with {@link ScriptRestrictions}'s errors, so that a script sees
 * every violation in one run rather than the annotations first.
 */
final class AnnotationRestriction extends CompilationCustomizer {

    private static final Set<String> ALLOWED = Set.of(
            "TypeChecked", "groovy.transform.TypeChecked",
            "CompileStatic", "groovy.transform.CompileStatic",
            "CompileDynamic", "groovy.transform.CompileDynamic",
            "Field", "groovy.transform.Field",
            "DelegatesTo", "groovy.lang.DelegatesTo");
    private static final Set<String> GRAPE = Set.of("Grab", "Grapes", "GrabConfig", "GrabResolver", "GrabExclude");

    private final List<SyntaxException> refused = new ArrayList<>();

    AnnotationRestriction() {
        super(CompilePhase.CONVERSION);
    }

    /** Adds the refused annotations to {@code source}'s errors. */
    void reportTo(SourceUnit source) {
        refused.forEach(source::addError);
        refused.clear();
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        List<AnnotatedNode> imports = new ArrayList<>();
        if (classNode.isScript()) {
            ModuleNode module = source.getAST();
            imports.addAll(module.getImports());
            imports.addAll(module.getStarImports());
            imports.addAll(module.getStaticImports().values());
            imports.addAll(module.getStaticStarImports().values());
            if (module.getPackage() != null) {
                imports.add(module.getPackage());
            }
        }
        ClassCodeVisitorSupport visitor = new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitAnnotations(AnnotatedNode node) {
                List<AnnotationNode> annotations = node.getAnnotations();
                for (AnnotationNode annotation : List.copyOf(annotations)) {
                    if (annotation.getLineNumber() > 0 && !isAllowed(annotation)) {
                        annotations.remove(annotation);
                    }
                }
                super.visitAnnotations(node);
            }
        };
        imports.forEach(visitor::visitAnnotations);
        visitor.visitClass(classNode);
    }

    /** Whether {@code annotation} may stay; when not, the reason is kept for {@link #reportTo}. */
    private boolean isAllowed(AnnotationNode annotation) {
        String name = annotation.getClassNode().getName();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (GRAPE.contains(simple)) {
            return refuse("@" + simple + " is not allowed: a policy script cannot fetch libraries", annotation);
        }
        if (!ALLOWED.contains(name)) {
            return refuse("annotation @" + name + " is not allowed in a policy script (allowed: @TypeChecked, "
                    + "@CompileStatic, @Field)", annotation);
        }
        if (annotation.getMember("extensions") != null) {
            return refuse("@" + simple + "(extensions: ...) is not allowed: type-checking extensions run code while compiling",
                    annotation);
        }
        return true;
    }

    private boolean refuse(String message, ASTNode node) {
        refused.add(new SyntaxException(message, node));
        return false;
    }
}
