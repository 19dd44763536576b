package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary operators on values, as Groovy's on texts, numbers, lists and maps, with every result
 * that can grow (a joined text, a repeated text or list, a merged map) checked against the
 * {@link Limits} before it is built.
 */
final class Operators {

    private Operators() {
    }

    static Object binary(Limits limits, Pos pos, String operator, Object left, Object right) {
        switch (operator) {
            case "==":
                return Values.same(left, right);
            case "!=":
                return !Values.same(left, right);
            case "in":
                return contains(limits, pos, right, left);
            case "!in":
                return !contains(limits, pos, right, left);
            case "<", "<=", ">", ">=", "<=>":
                return compare(pos, operator, left, right);
            default:
                break;
        }
        if (left instanceof Number a && right instanceof Number b) {
            return Numbers.arithmetic(pos, operator, a, b);
        }
        if (left instanceof String text) {
            return switch (operator) {
                case "+" -> {
                    String shown = Values.show(right);
                    limits.textLength(pos, (long) text.length() + shown.length());
                    yield text + shown;
                }
                case "*" -> repeat(limits, pos, text, right);
                case "-" -> TextMethods.minus(text, TextMethods.text(pos, "-", right));
                default -> throw wrong(pos, operator, left, right);
            };
        }
        if (left instanceof List<?> list) {
            return list(limits, pos, operator, list, right);
        }
        if (left instanceof Map<?, ?> map && right instanceof Map<?, ?> more && "+".equals(operator)) {
            limits.items(pos, (long) map.size() + more.size());
            Map<Object, Object> merged = new LinkedHashMap<>(map);
            merged.putAll(more);
            return merged;
        }
        throw wrong(pos, operator, left, right);
    }

    static String repeat(Limits limits, Pos pos, String text, Object times) {
        Integer count = Numbers.wholeInt(times);
        if (count == null || count < 0) {
            throw new EvalError(pos, "a text can be repeated a whole number of times, not " + TextValues.describe(times));
        }
        limits.textLength(pos, (long) text.length() * count);
        return text.repeat(count);
    }

    @SuppressWarnings("unchecked")
    private static Object list(Limits limits, Pos pos, String operator, List<?> list, Object right) {
        switch (operator) {
            case "+": {
                List<Object> joined = new ArrayList<>(list);
                if (right instanceof List<?> more) {
                    limits.items(pos, (long) list.size() + more.size());
                    joined.addAll(more);
                } else {
                    limits.items(pos, list.size() + 1L);
                    joined.add(right);
                }
                return joined;
            }
            case "-": {
                limits.steps(pos, list.size());
                List<?> removed = right instanceof List<?> more ? more : java.util.Collections.singletonList(right);
                List<Object> left = new ArrayList<>();
                for (Object item : list) {
                    if (removed.stream().noneMatch(r -> Values.same(item, r))) {
                        left.add(item);
                    }
                }
                return left;
            }
            case "*": {
                Integer count = Numbers.wholeInt(right);
                if (count == null || count < 0) {
                    throw wrong(pos, operator, list, right);
                }
                limits.items(pos, (long) list.size() * count);
                List<Object> repeated = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    repeated.addAll(list);
                }
                return repeated;
            }
            case "<<": {
                limits.items(pos, list.size() + 1L);
                ((List<Object>) list).add(right);
                return list;
            }
            default:
                throw wrong(pos, operator, list, right);
        }
    }

    private static boolean contains(Limits limits, Pos pos, Object container, Object item) {
        if (container instanceof List<?> list) {
            limits.steps(pos, list.size());
            return list.stream().anyMatch(x -> Values.same(x, item));
        }
        if (container instanceof Map<?, ?> map) {
            return map.containsKey(item);
        }
        return Values.same(container, item);
    }

    private static Object compare(Pos pos, String operator, Object left, Object right) {
        Integer order = Values.order(left, right);
        if (order == null) {
            throw new EvalError(pos, "cannot compare " + TextValues.describe(left) + " with " + TextValues.describe(right));
        }
        return switch (operator) {
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case ">=" -> order >= 0;
            default -> order;
        };
    }

    private static EvalError wrong(Pos pos, String operator, Object left, Object right) {
        return new EvalError(pos, "the operator " + operator + " does not apply to " + TextValues.describe(left) + " and "
                + TextValues.describe(right));
    }
}
