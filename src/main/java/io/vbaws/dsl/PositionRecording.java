package io.vbaws.dsl;

import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/** Records where each method call and string literal of a script is, into its {@link SourcePositions}. */
final class PositionRecording extends CompilationCustomizer {

    private final SourcePositions positions;

    PositionRecording(SourcePositions positions) {
        super(CompilePhase.CONVERSION);
        this.positions = positions;
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
                String name = call.getMethodAsString();
                if (name != null) {
                    int column = call.getMethod().getColumnNumber() > 0 ? call.getMethod().getColumnNumber() : call.getColumnNumber();
                    int line = call.getMethod().getLineNumber() > 0 ? call.getMethod().getLineNumber() : call.getLineNumber();
                    positions.addCall(name, line, column, call.getLastLineNumber());
                    if (line != call.getLineNumber()) {
                        positions.addCall(name, call.getLineNumber(), column, call.getLastLineNumber());
                    }
                }
                call.getObjectExpression().visit(this);
                if (name == null) {
                    call.getMethod().visit(this);
                }
                call.getArguments().visit(this);
            }

            @Override
            public void visitVariableExpression(org.codehaus.groovy.ast.expr.VariableExpression variable) {
                positions.addVariable(variable.getName(), variable.getLineNumber(), variable.getColumnNumber());
                super.visitVariableExpression(variable);
            }

            @Override
            public void visitConstantExpression(ConstantExpression constant) {
                if (constant.getValue() instanceof String text) {
                    positions.addLiteral(text, constant.getLineNumber(), constant.getColumnNumber());
                }
                super.visitConstantExpression(constant);
            }
        }.visitClass(classNode);
    }
}
