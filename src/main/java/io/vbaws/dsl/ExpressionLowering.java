package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.BooleanExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.ElvisOperatorExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.LambdaExpression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.NotExpression;
import org.codehaus.groovy.ast.expr.PostfixExpression;
import org.codehaus.groovy.ast.expr.PrefixExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.RangeExpression;
import org.codehaus.groovy.ast.expr.TernaryExpression;
import org.codehaus.groovy.ast.expr.UnaryMinusExpression;
import org.codehaus.groovy.ast.expr.UnaryPlusExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;

/**
 * Lowers one Groovy expression into an {@link Expr}, or refuses it. Values, operators, variables,
 * maps' keys and the allow-listed methods lower; a class name in any position, {@code new}, casts,
 * method pointers, regular expressions, direct field access and the names through which Groovy
 * reaches its runtime ({@code class}, {@code metaClass}, {@code binding}, ...) are refused. Calls
 * are lowered by {@link CallLowering}.
 */
final class ExpressionLowering {

    /** Names that lead from any Groovy object into its runtime; refused as properties, variables or keys. */
    static final Set<String> RUNTIME_NAMES = Set.of("class", "metaClass", "classLoader", "binding", "properties",
            "metaPropertyValues", "declaredMethods", "methods", "declaredFields", "fields", "constructors",
            "declaredConstructors", "runtime", "protectionDomain", "delegate", "owner", "thisObject", "recorder", "out",
            "err", "this", "super", "args");
    private static final Set<String> OPERATORS = Set.of("+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "<=>",
            "&&", "||", "in", "!in", "<<");
    private static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "<<=");
    private static final int MAX_NESTING = 400;

    private final ScriptLowering statements;
    private final Refusals refusals;
    private final Names names;
    private final SourcePositions positions;
    private final CallLowering calls;
    private int nesting;
    private boolean tooDeep;

    ExpressionLowering(ScriptLowering statements, Refusals refusals, Names names, SourcePositions positions) {
        this.statements = statements;
        this.refusals = refusals;
        this.names = names;
        this.positions = positions;
        this.calls = new CallLowering(this, refusals, names);
    }

    Expr lower(Expression expression) {
        if (++nesting > MAX_NESTING) {
            nesting--;
            // Said once: every sibling at this depth would say it again.
            if (!tooDeep) {
                tooDeep = true;
                refused(expression, "an expression nested more than " + MAX_NESTING + " deep");
            }
            return new Expr.Literal(ScriptLowering.pos(expression), null);
        }
        try {
            return lowerExpression(expression);
        } finally {
            nesting--;
        }
    }

    List<Expr> lowerAll(List<Expression> expressions) {
        List<Expr> lowered = new ArrayList<>();
        expressions.forEach(e -> lowered.add(lower(e)));
        return lowered;
    }

    private Expr lowerExpression(Expression expression) {
        Pos pos = ScriptLowering.pos(expression);
        if (expression instanceof ConstantExpression constant) {
            return constant(constant, pos);
        }
        if (expression instanceof GStringExpression template) {
            List<String> texts = new ArrayList<>();
            template.getStrings().forEach(s -> texts.add(String.valueOf(s.getValue())));
            while (texts.size() < template.getValues().size() + 1) {
                texts.add("");
            }
            return new Expr.Template(pos, texts, lowerAll(template.getValues()));
        }
        if (expression instanceof ListExpression list) {
            return new Expr.ListOf(pos, lowerAll(list.getExpressions()));
        }
        if (expression instanceof MapExpression map) {
            return map(map, pos);
        }
        if (expression instanceof RangeExpression range) {
            return range.isExclusiveLeft() ? refused(range, "a range that leaves out its start (<..)")
                    : new Expr.Range(pos, lower(range.getFrom()), lower(range.getTo()), range.isInclusive());
        }
        if (expression instanceof VariableExpression variable) {
            return variable(variable, pos);
        }
        if (expression instanceof BooleanExpression condition) {
            return lower(condition.getExpression());
        }
        if (expression instanceof NotExpression not) {
            return new Expr.Unary(pos, "!", lower(not.getExpression()));
        }
        if (expression instanceof UnaryMinusExpression minus) {
            return new Expr.Unary(pos, "-", lower(minus.getExpression()));
        }
        if (expression instanceof UnaryPlusExpression plus) {
            return new Expr.Unary(pos, "+", lower(plus.getExpression()));
        }
        if (expression instanceof ElvisOperatorExpression elvis) {
            return new Expr.Binary(pos, "?:", lower(elvis.getTrueExpression()), lower(elvis.getFalseExpression()));
        }
        if (expression instanceof TernaryExpression ternary) {
            return new Expr.Conditional(pos, lower(ternary.getBooleanExpression()), lower(ternary.getTrueExpression()),
                    lower(ternary.getFalseExpression()));
        }
        if (expression instanceof PostfixExpression postfix) {
            return step(postfix.getExpression(), postfix.getOperation().getText(), false, pos);
        }
        if (expression instanceof PrefixExpression prefix) {
            return step(prefix.getExpression(), prefix.getOperation().getText(), true, pos);
        }
        if (expression instanceof BinaryExpression binary) {
            return binary(binary, pos);
        }
        if (expression instanceof AttributeExpression) {
            return refused(expression, "direct field access (.@)");
        }
        if (expression instanceof PropertyExpression property) {
            return property(property, pos);
        }
        if (expression instanceof MethodCallExpression call) {
            return calls.lower(call);
        }
        if (expression instanceof LambdaExpression) {
            return refused(expression, "a lambda (x) -> ...");
        }
        if (expression instanceof ClosureExpression) {
            refusals.refuse(expression, "a block { } belongs after a DSL word or after each, collect, findAll and the like: "
                    + "a block is not a value in the policy language");
            return new Expr.Literal(pos, null);
        }
        if (expression instanceof ConstructorCallExpression constructor) {
            refusals.refuse(expression, "new " + constructor.getType().getUnresolvedName()
                    + "(...) is not allowed in a policy script: a script names no classes");
            return new Expr.Literal(pos, null);
        }
        if (expression instanceof CastExpression cast) {
            refusals.refuse(expression, "a cast to " + cast.getType().getUnresolvedName() + " is not allowed in a policy "
                    + "script: a script names no classes (use toString() or toInteger())");
            return new Expr.Literal(pos, null);
        }
        if (expression instanceof ClassExpression type) {
            return className(type.getType().getUnresolvedName(), expression);
        }
        if (expression instanceof MethodPointerExpression) {
            return refused(expression, "a method pointer (.& or ::)");
        }
        String what = expression.getClass().getSimpleName().replace("Expression", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
        return refused(expression, "a " + what + " expression");
    }

    /** A closure written after a word or an allow-listed method: its parameters, or {@code it}. */
    Expr.Block block(ClosureExpression closure, DslBlock inside) {
        if (closure instanceof LambdaExpression) {
            return (Expr.Block) refusedBlock(closure);
        }
        List<String> parameters = new ArrayList<>();
        if (closure.getParameters() != null) {
            for (org.codehaus.groovy.ast.Parameter parameter : closure.getParameters()) {
                statements.annotations(parameter);
                statements.type(parameter.getOriginType(), closure);
                if (parameter.hasInitialExpression()) {
                    refusals.refuse(closure, "a default value of a block's parameter is not part of the policy language");
                }
                parameters.add(parameter.getName());
            }
        }
        names.open();
        names.enter(inside);
        try {
            if (parameters.isEmpty()) {
                names.declare("it");
            }
            parameters.forEach(names::declare);
            return new Expr.Block(ScriptLowering.pos(closure), parameters, statements.statements(closure.getCode()));
        } finally {
            names.leave();
            names.close();
        }
    }

    private Expr refusedBlock(ClosureExpression closure) {
        refusals.refuse(closure, "a lambda (x) -> ... is not part of the policy language");
        return new Expr.Block(ScriptLowering.pos(closure), List.of(), List.of());
    }

    /** Refuses a class name written as a value, a receiver or a qualified name. */
    Expr className(String name, ASTNode at) {
        refusals.refuse(at, TextMethods.shorten(name) + " is not allowed in a policy script: a script names no classes (a class is not a value)");
        return new Expr.Literal(ScriptLowering.pos(at), null);
    }

    /** The class name {@code expression} spells, when it spells one: {@code System}, {@code java.io.File}. */
    String classNameOf(Expression expression) {
        if (expression instanceof ClassExpression type) {
            return type.getType().getUnresolvedName();
        }
        if (expression instanceof VariableExpression variable && !names.isVariable(variable.getName())
                && !variable.getName().isEmpty() && Character.isUpperCase(variable.getName().charAt(0))) {
            return variable.getName();
        }
        if (expression instanceof PropertyExpression property && property.getPropertyAsString() != null) {
            Expression root = property.getObjectExpression();
            while (root instanceof PropertyExpression inner) {
                root = inner.getObjectExpression();
            }
            if (root instanceof VariableExpression variable && !names.isVariable(variable.getName())
                    && !DslWords.VALUES.containsKey(variable.getName()) && !RUNTIME_NAMES.contains(variable.getName())) {
                return property.getText();
            }
        }
        return null;
    }

    private Expr constant(ConstantExpression constant, Pos pos) {
        Object value = constant.getValue();
        if (value instanceof String text) {
            positions.addLiteral(text, constant.getLineNumber(), constant.getColumnNumber());
            return new Expr.Literal(pos, text);
        }
        if (value instanceof Character c) {
            return new Expr.Literal(pos, String.valueOf(c));
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? new Expr.Literal(pos, big.longValue()) : refused(constant, "a number this large");
        }
        if (value instanceof Double || value instanceof Float) {
            return new Expr.Literal(pos, new BigDecimal(value.toString()));
        }
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal) {
            return new Expr.Literal(pos, value);
        }
        if (value instanceof Number number) {
            return new Expr.Literal(pos, number.intValue());
        }
        return refused(constant, "this constant");
    }

    private Expr map(MapExpression map, Pos pos) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (MapEntryExpression entry : map.getMapEntryExpressions()) {
            if (!(entry.getKeyExpression() instanceof ConstantExpression || entry.getKeyExpression() instanceof GStringExpression
                    || entry.getKeyExpression() instanceof VariableExpression)) {
                refused(entry, "a spread *: or a computed key other than a variable or a text");
                continue;
            }
            keys.add(lower(entry.getKeyExpression()));
            values.add(lower(entry.getValueExpression()));
        }
        return new Expr.MapOf(pos, keys, values);
    }

    private Expr variable(VariableExpression variable, Pos pos) {
        String name = variable.getName();
        positions.addVariable(name, variable.getLineNumber(), variable.getColumnNumber());
        if (names.isVariable(name)) {
            return new Expr.Variable(pos, name);
        }
        if (DslWords.VALUES.containsKey(name)) {
            return new Expr.BareWord(pos, name);
        }
        if (RUNTIME_NAMES.contains(name)) {
            return refused(variable, "\"" + name + "\"");
        }
        if (Character.isUpperCase(name.charAt(0))) {
            return className(name, variable);
        }
        calls.unknownName(name, pos);
        return new Expr.UnknownName(pos, name);
    }

    private Expr property(PropertyExpression property, Pos pos) {
        String name = property.getPropertyAsString();
        if (name == null) {
            return refused(property, "a computed property name");
        }
        String className = classNameOf(property.getObjectExpression());
        if (className != null) {
            return className(className + "." + name, property);
        }
        if (RUNTIME_NAMES.contains(name) || name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
            refusals.refuse(property.getProperty().getLineNumber() > 0 ? property.getProperty() : property,
                    "." + name + " is not available in a policy script");
            return new Expr.Literal(pos, null);
        }
        if (property.isSpreadSafe()) {
            return refused(property, "a spread property (*.name)");
        }
        return new Expr.Property(pos, lower(property.getObjectExpression()), name, property.isSafe());
    }

    private Expr binary(BinaryExpression binary, Pos pos) {
        String operator = binary.getOperation().getText();
        if (ASSIGNMENTS.contains(operator)) {
            return calls.assignment(binary, operator, pos);
        }
        if ("[".equals(operator) || "?[".equals(operator)) {
            return calls.subscript(binary, pos);
        }
        if ("=~".equals(operator) || "==~".equals(operator)) {
            return refused(binary, "a regular expression (" + operator + ")");
        }
        if (!OPERATORS.contains(operator)) {
            return refused(binary, "the operator " + operator);
        }
        if (("-".equals(operator) || "+".equals(operator)) && binary.getLeftExpression() instanceof VariableExpression word
                && !names.isVariable(word.getName()) && DslWords.isWord(word.getName())
                && binary.getRightExpression() instanceof ConstantExpression constant && constant.getValue() instanceof Number number) {
            return calls.signedNumber(word.getName(), operator, number, ScriptLowering.pos(word));
        }
        return new Expr.Binary(pos, operator, lower(binary.getLeftExpression()), lower(binary.getRightExpression()));
    }

    private Expr step(Expression target, String operator, boolean prefix, Pos pos) {
        if (!(target instanceof VariableExpression variable) || !names.isVariable(variable.getName())) {
            return refused(target, operator + " on anything but a declared variable");
        }
        return new Expr.Step(pos, new Expr.Variable(pos, variable.getName()), "++".equals(operator) ? 1 : -1, prefix);
    }

    Expr refused(ASTNode node, String what) {
        refusals.refuse(node, what + " is not part of the policy language");
        return new Expr.Literal(ScriptLowering.pos(node), null);
    }
}
