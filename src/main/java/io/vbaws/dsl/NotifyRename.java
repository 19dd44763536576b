package io.vbaws.dsl;

import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Under {@code @CompileStatic}, {@code notify email: "..."} in a block binds to
 * {@link Object#notify()} of the closure rather than to {@link PolicyContext#notify}. Calls of
 * {@code notify} with named arguments are therefore compiled as {@link PolicyContext#notifyWith},
 * which is the same setting; positions were recorded before, so messages still say {@code notify}.
 */
final class NotifyRename extends CompilationCustomizer {

    NotifyRename() {
        super(CompilePhase.CANONICALIZATION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                if (call.isImplicitThis() && "notify".equals(call.getMethodAsString())
                        && call.getArguments() instanceof TupleExpression args && args.getExpressions().size() == 1
                        && args.getExpression(0) instanceof MapExpression) {
                    ConstantExpression renamed = new ConstantExpression("notifyWith");
                    renamed.setSourcePosition(call.getMethod());
                    call.setMethod(renamed);
                }
                super.visitMethodCallExpression(call);
            }
        }.visitClass(classNode);
    }
}
