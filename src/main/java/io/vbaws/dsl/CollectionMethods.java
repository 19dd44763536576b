package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods of lists and maps a script may call, Groovy's iteration methods among them
 * ({@code each}, {@code collect}, {@code findAll}...); each item they go through is a step of the
 * budget, and every list or map they build is checked against the size bound.
 */
final class CollectionMethods {

    static final Set<String> NAMES = Set.of("size", "isEmpty", "contains", "join", "collect", "findAll", "find", "each",
            "eachWithIndex", "any", "every", "first", "last", "sort", "unique", "reverse", "plus", "minus", "sum", "max",
            "min", "indexOf", "get", "take", "drop", "collectEntries", "flatten", "count", "toList", "inject", "add",
            "addAll", "put", "putAll", "containsKey", "containsValue", "keySet", "values", "getKey", "getValue",
            "toString", "subList", "collectMany", "getOrDefault");

    private CollectionMethods() {
    }

    static Object call(ValueMethods.Runtime runtime, Pos pos, Object receiver, String name, List<Object> args) {
        Limits limits = runtime.limits();
        if ("toString".equals(name) && args.isEmpty()) {
            return limits.text(pos, Values.show(receiver));
        }
        if (receiver instanceof Map.Entry<?, ?> entry) {
            return switch (name + "/" + args.size()) {
                case "getKey/0" -> entry.getKey();
                case "getValue/0" -> entry.getValue();
                default -> throw ValueMethods.noSuch(pos, receiver, name);
            };
        }
        if (receiver instanceof Map<?, ?> map) {
            return MapMethods.call(runtime, pos, map, name, args);
        }
        List<Object> list = items(receiver);
        limits.steps(pos, list.size());
        return switch (name + "/" + args.size()) {
            case "size/0" -> list.size();
            case "isEmpty/0" -> list.isEmpty();
            case "contains/1" -> list.stream().anyMatch(x -> Values.same(x, args.get(0)));
            case "indexOf/1" -> indexOf(list, args.get(0));
            case "join/0" -> join(limits, pos, list, "");
            case "join/1" -> join(limits, pos, list, TextMethods.text(pos, name, args.get(0)));
            case "first/0" -> nonEmpty(pos, list, name).get(0);
            case "last/0" -> nonEmpty(pos, list, name).get(list.size() - 1);
            case "get/1" -> at(pos, list, args.get(0));
            case "take/1" -> new ArrayList<>(list.subList(0, Math.min(list.size(), TextMethods.count(pos, name, args.get(0)))));
            case "drop/1" -> new ArrayList<>(list.subList(Math.min(list.size(), TextMethods.count(pos, name, args.get(0))), list.size()));
            case "subList/2" -> {
                int from = Math.min(list.size(), TextMethods.count(pos, name, args.get(0)));
                yield new ArrayList<>(list.subList(from, Math.max(from, Math.min(list.size(), TextMethods.count(pos, name, args.get(1))))));
            }
            case "reverse/0" -> reversed(list);
            case "unique/0", "toList/0" -> "unique".equals(name) ? unique(list) : new ArrayList<>(list);
            case "sort/0" -> sorted(pos, list);
            case "flatten/0" -> flatten(limits, pos, list, new ArrayList<>());
            case "sum/0" -> list.stream().reduce(null, (a, b) -> a == null ? b : Operators.binary(limits, pos, "+", a, b));
            case "max/0", "min/0" -> extreme(pos, list, "max".equals(name));
            case "plus/1" -> Operators.binary(limits, pos, "+", list, args.get(0));
            case "minus/1" -> Operators.binary(limits, pos, "-", list, args.get(0));
            case "add/1" -> Operators.binary(limits, pos, "<<", list, args.get(0)) != null;
            case "addAll/1" -> {
                List<?> more = args.get(0) instanceof List<?> l ? l : List.of();
                limits.items(pos, (long) list.size() + more.size());
                yield receiverList(receiver).addAll(more);
            }
            case "count/1" -> args.get(0) instanceof Interpreter.BlockValue block
                    ? (int) list.stream().filter(x -> Values.truth(runtime.invoke(block, pos, java.util.Arrays.asList(x)))).count()
                    : (int) list.stream().filter(x -> Values.same(x, args.get(0))).count();
            case "any/0", "every/0" -> "any".equals(name) ? list.stream().anyMatch(Values::truth) : list.stream().allMatch(Values::truth);
            case "findAll/0" -> new ArrayList<>(list.stream().filter(Values::truth).toList());
            default -> withBlock(runtime, pos, list, name, args);
        };
    }

    private static Object withBlock(ValueMethods.Runtime runtime, Pos pos, List<Object> list, String name, List<Object> args) {
        if (args.isEmpty() || !(args.get(args.size() - 1) instanceof Interpreter.BlockValue block)) {
            throw ValueMethods.noSuch(pos, list, name + " with these arguments: " + name);
        }
        Limits limits = runtime.limits();
        switch (name + "/" + args.size()) {
            case "each/1":
                list.forEach(x -> runtime.invoke(block, pos, java.util.Arrays.asList(x)));
                return list;
            case "eachWithIndex/1":
                for (int i = 0; i < list.size(); i++) {
                    runtime.invoke(block, pos, java.util.Arrays.asList(list.get(i), i));
                }
                return list;
            case "collect/1":
                return new ArrayList<>(list.stream().map(x -> runtime.invoke(block, pos, java.util.Arrays.asList(x))).toList());
            case "collectMany/1": {
                List<Object> all = new ArrayList<>();
                for (Object x : list) {
                    all.addAll(items(runtime.invoke(block, pos, java.util.Arrays.asList(x))));
                    limits.items(pos, all.size());
                }
                return all;
            }
            case "findAll/1":
                return new ArrayList<>(list.stream().filter(x -> Values.truth(runtime.invoke(block, pos, java.util.Arrays.asList(x)))).toList());
            case "find/1":
                return list.stream().filter(x -> Values.truth(runtime.invoke(block, pos, java.util.Arrays.asList(x)))).findFirst().orElse(null);
            case "any/1":
                return list.stream().anyMatch(x -> Values.truth(runtime.invoke(block, pos, java.util.Arrays.asList(x))));
            case "every/1":
                return list.stream().allMatch(x -> Values.truth(runtime.invoke(block, pos, java.util.Arrays.asList(x))));
            case "collectEntries/1": {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (Object x : list) {
                    MapMethods.putEntry(pos, map, runtime.invoke(block, pos, java.util.Arrays.asList(x)));
                }
                return map;
            }
            case "inject/2": {
                Object total = args.get(0);
                for (Object x : list) {
                    total = runtime.invoke(block, pos, java.util.Arrays.asList(total == null ? "" : total, x));
                }
                return total;
            }
            default:
                throw ValueMethods.noSuch(pos, list, name);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> receiverList(Object receiver) {
        return (List<Object>) receiver;
    }

    @SuppressWarnings("unchecked")
    static List<Object> items(Object value) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        List<Object> one = new ArrayList<>();
        one.add(value);
        return one;
    }

    private static int indexOf(List<Object> list, Object item) {
        for (int i = 0; i < list.size(); i++) {
            if (Values.same(list.get(i), item)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code list[i]}, Groovy's way: a negative index counts from the end; past the end is null. */
    static Object at(Pos pos, List<?> list, Object index) {
        Integer i = Numbers.wholeInt(index);
        if (i == null) {
            throw new EvalError(pos, "a list's index is a whole number, not " + TextValues.describe(index));
        }
        int at = i < 0 ? list.size() + i : i;
        return at >= 0 && at < list.size() ? list.get(at) : null;
    }

    private static List<Object> nonEmpty(Pos pos, List<Object> list, String name) {
        if (list.isEmpty()) {
            throw new EvalError(pos, name + "() of an empty list");
        }
        return list;
    }

    private static String join(Limits limits, Pos pos, List<Object> list, String separator) {
        StringBuilder text = new StringBuilder();
        for (Object item : list) {
            if (!text.isEmpty()) {
                text.append(separator);
            }
            text.append(Values.show(item));
            limits.textLength(pos, text.length());
        }
        return text.toString();
    }

    private static List<Object> reversed(List<Object> list) {
        List<Object> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<Object> unique(List<Object> list) {
        List<Object> unique = new ArrayList<>();
        list.forEach(x -> {
            if (unique.stream().noneMatch(u -> Values.same(u, x))) {
                unique.add(x);
            }
        });
        return unique;
    }

    private static List<Object> sorted(Pos pos, List<Object> list) {
        List<Object> copy = new ArrayList<>(list);
        try {
            copy.sort((a, b) -> {
                Integer order = Values.order(a, b);
                if (order == null) {
                    throw new EvalError(pos, "sort() needs texts or numbers, not " + TextValues.describe(a) + " and " + TextValues.describe(b));
                }
                return order;
            });
        } catch (IllegalArgumentException inconsistent) {
            throw new EvalError(pos, "sort() needs texts or numbers of one kind");
        }
        return copy;
    }

    private static Object extreme(Pos pos, List<Object> list, boolean max) {
        Object best = null;
        for (Object x : list) {
            Integer order = best == null ? null : Values.order(x, best);
            if (best == null || order != null && (max ? order > 0 : order < 0)) {
                best = x;
            }
        }
        return best;
    }

    private static List<Object> flatten(Limits limits, Pos pos, List<?> list, List<Object> into) {
        for (Object x : list) {
            if (x instanceof List<?> inner) {
                flatten(limits, pos, inner, into);
            } else {
                into.add(x);
                limits.items(pos, into.size());
            }
        }
        return into;
    }
}
