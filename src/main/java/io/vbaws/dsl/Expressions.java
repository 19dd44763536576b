package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Evaluates the expressions of the language for the {@link Interpreter}; every node is a step. */
final class Expressions {

    /** A mistake lowering already reported (an unknown name): the statement ends, and nothing is reported again. */
    static final class Reported extends RuntimeException {
        Reported() {
            super(null, null, false, false);
        }
    }

    private final Interpreter interpreter;

    Expressions(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    Object evaluate(Expr expression, Interpreter.Scope scope) {
        Limits limits = interpreter.limits();
        Pos pos = expression.pos();
        limits.step(pos);
        if (expression instanceof Expr.Literal literal) {
            return literal.value();
        }
        if (expression instanceof Expr.Template template) {
            StringBuilder text = new StringBuilder(template.texts().get(0));
            for (int i = 0; i < template.values().size(); i++) {
                text.append(Values.show(evaluate(template.values().get(i), scope))).append(template.texts().get(i + 1));
                limits.textLength(pos, text.length());
            }
            return text.toString();
        }
        if (expression instanceof Expr.ListOf list) {
            limits.items(pos, list.items().size());
            List<Object> items = new ArrayList<>();
            list.items().forEach(item -> items.add(evaluate(item, scope)));
            return items;
        }
        if (expression instanceof Expr.MapOf map) {
            Map<Object, Object> entries = Interpreter.newMap();
            for (int i = 0; i < map.keys().size(); i++) {
                entries.put(evaluate(map.keys().get(i), scope), evaluate(map.values().get(i), scope));
            }
            return entries;
        }
        if (expression instanceof Expr.Range range) {
            return range(range, scope);
        }
        if (expression instanceof Expr.Variable variable) {
            return interpreter.variable(variable, scope);
        }
        if (expression instanceof Expr.BareWord word) {
            return DslWords.VALUES.get(word.name());
        }
        if (expression instanceof Expr.UnknownName) {
            throw new Reported();
        }
        if (expression instanceof Expr.Binary binary) {
            return binary(binary, scope);
        }
        if (expression instanceof Expr.Unary unary) {
            Object value = evaluate(unary.operand(), scope);
            if ("!".equals(unary.operator())) {
                return !Values.truth(value);
            }
            if (!(value instanceof Number number)) {
                throw new EvalError(pos, unary.operator() + " applies to numbers, not " + TextValues.describe(value));
            }
            return "-".equals(unary.operator()) ? Numbers.negate(pos, number) : number;
        }
        if (expression instanceof Expr.Conditional conditional) {
            return Values.truth(evaluate(conditional.condition(), scope))
                    ? evaluate(conditional.then(), scope) : evaluate(conditional.otherwise(), scope);
        }
        if (expression instanceof Expr.Index index) {
            return index(pos, evaluate(index.target(), scope), evaluate(index.index(), scope));
        }
        if (expression instanceof Expr.Property property) {
            return property(property, evaluate(property.target(), scope));
        }
        if (expression instanceof Expr.MethodCall call) {
            return method(call, scope);
        }
        if (expression instanceof Expr.Builtin builtin) {
            return builtin(builtin, scope);
        }
        if (expression instanceof Expr.Call call) {
            return interpreter.call(call, scope);
        }
        if (expression instanceof Expr.Assign assign) {
            return assign(assign, scope);
        }
        if (expression instanceof Expr.Step step) {
            Expr.Variable variable = (Expr.Variable) step.target();
            Object before = interpreter.variable(variable, scope);
            if (!(before instanceof Number number)) {
                throw new EvalError(pos, "++ and -- apply to numbers, not " + TextValues.describe(before));
            }
            Object after = Numbers.arithmetic(pos, "+", number, step.delta());
            interpreter.assign(variable.name(), after, scope);
            return step.prefix() ? after : before;
        }
        if (expression instanceof Expr.Block block) {
            return new Interpreter.BlockValue(block, scope);
        }
        throw new IllegalStateException("an expression the interpreter does not know: " + expression);
    }

    private Object binary(Expr.Binary binary, Interpreter.Scope scope) {
        switch (binary.operator()) {
            case "&&":
                return Values.truth(evaluate(binary.left(), scope)) && Values.truth(evaluate(binary.right(), scope));
            case "||":
                return Values.truth(evaluate(binary.left(), scope)) || Values.truth(evaluate(binary.right(), scope));
            case "?:": {
                Object left = evaluate(binary.left(), scope);
                return Values.truth(left) ? left : evaluate(binary.right(), scope);
            }
            default:
                return Operators.binary(interpreter.limits(), binary.pos(), binary.operator(), evaluate(binary.left(), scope),
                        evaluate(binary.right(), scope));
        }
    }

    private Object range(Expr.Range range, Interpreter.Scope scope) {
        Object from = evaluate(range.from(), scope);
        Object to = evaluate(range.to(), scope);
        if (!Numbers.isWhole(from) || !Numbers.isWhole(to)) {
            throw new EvalError(range.pos(), "a range goes from a whole number to a whole number, not "
                    + TextValues.describe(from) + " to " + TextValues.describe(to));
        }
        long a = ((Number) from).longValue();
        long b = ((Number) to).longValue();
        long step = a <= b ? 1 : -1;
        long end = range.inclusive() ? b : b - step;
        long size = range.inclusive() || a != b ? Math.abs(end - a) + 1 : 0;
        interpreter.limits().items(range.pos(), size);
        List<Object> numbers = new ArrayList<>();
        for (long i = 0; i < size; i++) {
            long n = a + i * step;
            numbers.add(n == (int) n ? (Object) (int) n : (Object) n);
        }
        return numbers;
    }

    private static Object index(Pos pos, Object target, Object index) {
        if (target instanceof List<?> list) {
            return CollectionMethods.at(pos, list, index);
        }
        if (target instanceof Map<?, ?> map) {
            return map.get(index);
        }
        if (target instanceof String text) {
            Object c = CollectionMethods.at(pos, java.util.Arrays.asList(text.split("")), index);
            return text.isEmpty() ? null : c;
        }
        throw new EvalError(pos, "[...] applies to lists, maps and texts, not " + TextValues.describe(target));
    }

    private static Object property(Expr.Property property, Object target) {
        if (target == null && property.safe()) {
            return null;
        }
        if (target instanceof Map<?, ?> map) {
            return map.get(property.name());
        }
        if (target instanceof Map.Entry<?, ?> entry && ("key".equals(property.name()) || "value".equals(property.name()))) {
            return "key".equals(property.name()) ? entry.getKey() : entry.getValue();
        }
        throw new EvalError(property.pos(), "." + property.name() + " applies to maps (a key) and map entries (key, value), not "
                + TextValues.describe(target));
    }

    private Object method(Expr.MethodCall call, Interpreter.Scope scope) {
        Object target = evaluate(call.target(), scope);
        if (target == null && call.safe()) {
            return null;
        }
        List<Object> arguments = new ArrayList<>();
        call.arguments().forEach(a -> arguments.add(evaluate(a, scope)));
        if (call.spread()) {
            if (!(target instanceof List<?> list)) {
                throw new EvalError(call.pos(), "*. applies to lists, not " + TextValues.describe(target));
            }
            List<Object> results = new ArrayList<>();
            list.forEach(item -> results.add(item == null ? null : ValueMethods.call(interpreter, call.pos(), item, call.name(), arguments)));
            return results;
        }
        if (target == null) {
            throw new EvalError(call.pos(), call.name() + "() of null: the value is missing (write ?. to allow that)");
        }
        return ValueMethods.call(interpreter, call.pos(), target, call.name(), arguments);
    }

    private Object builtin(Expr.Builtin builtin, Interpreter.Scope scope) {
        List<Object> arguments = new ArrayList<>();
        builtin.arguments().forEach(a -> arguments.add(evaluate(a, scope)));
        if (arguments.isEmpty() || arguments.stream().anyMatch(a -> !(a instanceof Number))
                || "abs".equals(builtin.name()) != (arguments.size() == 1) || arguments.size() > 2) {
            throw new EvalError(builtin.pos(), "Math." + builtin.name() + " takes " + ("abs".equals(builtin.name()) ? "one number" : "two numbers"));
        }
        Number a = (Number) arguments.get(0);
        return switch (builtin.name()) {
            case "abs" -> Numbers.compare(a, 0) < 0 ? Numbers.negate(builtin.pos(), a) : a;
            case "max" -> Numbers.compare(a, (Number) arguments.get(1)) >= 0 ? a : arguments.get(1);
            default -> Numbers.compare(a, (Number) arguments.get(1)) <= 0 ? a : arguments.get(1);
        };
    }

    @SuppressWarnings("unchecked")
    private Object assign(Expr.Assign assign, Interpreter.Scope scope) {
        Limits limits = interpreter.limits();
        Object value = evaluate(assign.value(), scope);
        String operator = assign.operator();
        Expr target = assign.target();
        if (!"=".equals(operator)) {
            Object before = evaluate(target, scope);
            value = Operators.binary(limits, assign.pos(), operator.substring(0, operator.length() - 1), before, value);
        }
        if (target instanceof Expr.Variable variable) {
            interpreter.assign(variable.name(), value, scope);
        } else if (target instanceof Expr.Index index) {
            Object container = evaluate(index.target(), scope);
            Object key = evaluate(index.index(), scope);
            if (container instanceof Map<?, ?> map) {
                limits.items(assign.pos(), map.size() + 1L);
                ((Map<Object, Object>) map).put(key, value);
            } else if (container instanceof List<?> list && Numbers.wholeInt(key) != null) {
                int i = Numbers.wholeInt(key);
                List<Object> items = (List<Object>) list;
                if (i >= 0 && i < items.size()) {
                    items.set(i, value);
                } else if (i == items.size()) {
                    limits.items(assign.pos(), items.size() + 1L);
                    items.add(value);
                } else {
                    throw new EvalError(assign.pos(), "index " + i + " is outside a list of " + items.size() + " items");
                }
            } else {
                throw new EvalError(assign.pos(), "[...] = applies to maps and lists, not " + TextValues.describe(container));
            }
        } else if (target instanceof Expr.Property property && evaluate(property.target(), scope) instanceof Map<?, ?> map) {
            limits.items(assign.pos(), map.size() + 1L);
            ((Map<Object, Object>) map).put(property.name(), value);
        } else {
            throw new EvalError(assign.pos(), "only variables, list items and map keys can be assigned");
        }
        return value;
    }
}
