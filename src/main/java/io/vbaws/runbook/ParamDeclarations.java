package io.vbaws.runbook;

import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Reads the {@code param} declarations at the top level of a runbook while it compiles, so they
 * are known and checked before any line of it runs. A declaration must be literal: a name, a type,
 * and constants for {@code required}, {@code default} and {@code description}.
 */
final class ParamDeclarations extends CompilationCustomizer {
    private final List<RunbookParam> params = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    ParamDeclarations() {
        super(CompilePhase.SEMANTIC_ANALYSIS);
    }

    /** The declarations found, in script order. */
    List<RunbookParam> params() {
        return List.copyOf(params);
    }

    /** What could not be read, each with its line. */
    List<String> errors() {
        return List.copyOf(errors);
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
        for (Statement statement : block.getStatements()) {
            if (statement instanceof ExpressionStatement e && e.getExpression() instanceof MethodCallExpression call
                    && call.isImplicitThis() && "param".equals(call.getMethodAsString())) {
                read(call);
            }
        }
    }

    private void read(MethodCallExpression call) {
        int line = call.getLineNumber();
        String name = null;
        String type = "String";
        boolean required = false;
        Object defaultValue = null;
        String description = null;
        List<Expression> args = call.getArguments() instanceof TupleExpression t ? t.getExpressions() : List.of();
        for (Expression arg : args) {
            if (arg instanceof MapExpression map) {
                for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                    String key = entry.getKeyExpression().getText();
                    Expression value = entry.getValueExpression();
                    switch (key) {
                        case "type" -> type = typeName(value);
                        case "required" -> required = Boolean.TRUE.equals(constant(value, line, "required"));
                        case "default" -> defaultValue = constant(value, line, "default");
                        case "description" -> description = String.valueOf(constant(value, line, "description"));
                        default -> errors.add("line " + line + ": param takes type:, required:, default: and "
                                + "description:, not " + key + ":");
                    }
                }
            } else if (arg instanceof ConstantExpression c && c.getValue() instanceof String s) {
                name = s;
            }
        }
        if (name == null) {
            errors.add("line " + line + ": param needs a name in quotes: param \"region\", type: String");
            return;
        }
        RunbookParam.ParamType parsed = RunbookParam.ParamType.named(type);
        if (parsed == null) {
            errors.add("line " + line + ": param " + name + ": type " + type
                    + " is not one of String, Integer, Long, Double, Boolean, List");
            return;
        }
        params.add(new RunbookParam(name, parsed, required, defaultValue, description, line));
    }

    private static String typeName(Expression value) {
        if (value instanceof ClassExpression c) {
            return c.getType().getName();
        }
        if (value instanceof VariableExpression v) {
            return v.getName();
        }
        return value.getText();
    }

    private Object constant(Expression value, int line, String key) {
        if (value instanceof ConstantExpression c) {
            return c.getValue();
        }
        if (value instanceof ListExpression list) {
            List<Object> items = new ArrayList<>();
            list.getExpressions().forEach(e -> items.add(constant(e, line, key)));
            return items;
        }
        errors.add("line " + line + ": param " + key + ": must be a literal value (a string, number, boolean or list), not "
                + value.getText());
        return null;
    }
}
