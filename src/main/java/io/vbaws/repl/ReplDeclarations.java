package io.vbaws.repl;

import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.EmptyExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * Makes a prompt line behave as a user expects: a top-level {@code def x = ...} (or {@code int x},
 * {@code def (a, b) = ...}) assigns a session variable instead of a local one that would vanish with
 * the line, and a line that ends in an assignment evaluates to nothing, so it prints nothing.
 */
final class ReplDeclarations extends CompilationCustomizer {

    ReplDeclarations() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        MethodNode run = classNode.getMethod("run", Parameter.EMPTY_ARRAY);
        if (run == null || !(run.getCode() instanceof BlockStatement block)) {
            return;
        }
        List<Statement> statements = block.getStatements();
        boolean endsInAssignment = false;
        for (int i = 0; i < statements.size(); i++) {
            endsInAssignment = false;
            if (!(statements.get(i) instanceof ExpressionStatement statement)) {
                continue;
            }
            Expression e = statement.getExpression();
            if (e instanceof DeclarationExpression d && d.getAnnotations().isEmpty()) {
                ExpressionStatement replaced = new ExpressionStatement(assignment(d));
                replaced.setSourcePosition(statement);
                statements.set(i, replaced);
                endsInAssignment = true;
            } else if (e instanceof BinaryExpression b && b.getOperation().getType() == Types.ASSIGN) {
                endsInAssignment = true;
            }
        }
        if (endsInAssignment) {
            statements.add(new ExpressionStatement(ConstantExpression.NULL));
        }
    }

    private static BinaryExpression assignment(DeclarationExpression d) {
        Expression value = d.getRightExpression() instanceof EmptyExpression ? ConstantExpression.NULL
                : d.getRightExpression();
        Expression target;
        if (d.isMultipleAssignmentDeclaration()) {
            List<Expression> names = new ArrayList<>();
            for (Expression v : d.getTupleExpression().getExpressions()) {
                names.add(dynamic((VariableExpression) v));
            }
            target = new TupleExpression(names);
        } else {
            target = dynamic(d.getVariableExpression());
        }
        BinaryExpression b = new BinaryExpression(target, Token.newSymbol(Types.ASSIGN, d.getOperation().getStartLine(),
                d.getOperation().getStartColumn()), value);
        b.setSourcePosition(d);
        return b;
    }

    /** A fresh variable reference, which the compiler will resolve to the script's binding. */
    private static VariableExpression dynamic(VariableExpression declared) {
        VariableExpression v = new VariableExpression(declared.getName());
        v.setSourcePosition(declared);
        return v;
    }
}
