package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods of maps a script may call; a block given one parameter gets each entry
 * ({@code e.key}, {@code e.value}), given two the key and the value, as in Groovy.
 */
final class MapMethods {

    private MapMethods() {
    }

    @SuppressWarnings("unchecked")
    static Object call(ValueMethods.Runtime runtime, Pos pos, Map<?, ?> map, String name, List<Object> args) {
        Limits limits = runtime.limits();
        limits.steps(pos, map.size());
        Map<Object, Object> writable = (Map<Object, Object>) map;
        switch (name + "/" + args.size()) {
            case "size/0":
                return map.size();
            case "isEmpty/0":
                return map.isEmpty();
            case "containsKey/1":
                return map.containsKey(args.get(0));
            case "containsValue/1":
                return map.values().stream().anyMatch(v -> Values.same(v, args.get(0)));
            case "get/1":
                return map.get(args.get(0));
            case "get/2", "getOrDefault/2":
                return map.containsKey(args.get(0)) ? map.get(args.get(0)) : args.get(1);
            case "keySet/0":
                return new ArrayList<>(map.keySet());
            case "values/0":
                return new ArrayList<>(map.values());
            case "put/2":
                limits.items(pos, map.size() + 1L);
                return writable.put(args.get(0), args.get(1));
            case "putAll/1":
                if (args.get(0) instanceof Map<?, ?> more) {
                    limits.items(pos, (long) map.size() + more.size());
                    writable.putAll(more);
                    return null;
                }
                throw ValueMethods.wrongArguments(pos, name, "a map");
            case "plus/1":
                return Operators.binary(limits, pos, "+", map, args.get(0));
            default:
                break;
        }
        if (args.size() != 1 || !(args.get(0) instanceof Interpreter.BlockValue block)) {
            throw ValueMethods.noSuch(pos, map, name);
        }
        List<Map.Entry<Object, Object>> entries = new ArrayList<>();
        map.forEach((k, v) -> entries.add(new AbstractMap.SimpleImmutableEntry<>(k, v)));
        switch (name) {
            case "each":
                entries.forEach(e -> invoke(runtime, pos, block, e));
                return map;
            case "collect":
                return new ArrayList<>(entries.stream().map(e -> invoke(runtime, pos, block, e)).toList());
            case "findAll": {
                Map<Object, Object> found = new LinkedHashMap<>();
                entries.stream().filter(e -> Values.truth(invoke(runtime, pos, block, e))).forEach(e -> found.put(e.getKey(), e.getValue()));
                return found;
            }
            case "find":
                return entries.stream().filter(e -> Values.truth(invoke(runtime, pos, block, e))).findFirst().orElse(null);
            case "any":
                return entries.stream().anyMatch(e -> Values.truth(invoke(runtime, pos, block, e)));
            case "every":
                return entries.stream().allMatch(e -> Values.truth(invoke(runtime, pos, block, e)));
            case "collectEntries": {
                Map<Object, Object> result = new LinkedHashMap<>();
                entries.forEach(e -> putEntry(pos, result, invoke(runtime, pos, block, e)));
                return result;
            }
            default:
                throw ValueMethods.noSuch(pos, map, name);
        }
    }

    private static Object invoke(ValueMethods.Runtime runtime, Pos pos, Interpreter.BlockValue block, Map.Entry<Object, Object> entry) {
        return block.parameters() == 2 ? runtime.invoke(block, pos, java.util.Arrays.asList(entry.getKey(), entry.getValue()))
                : runtime.invoke(block, pos, java.util.Arrays.asList(entry));
    }

    /** Adds what a collectEntries block returned: {@code [key, value]} or {@code [key: value]}. */
    static void putEntry(Pos pos, Map<Object, Object> into, Object entry) {
        if (entry instanceof List<?> pair && pair.size() == 2) {
            into.put(pair.get(0), pair.get(1));
        } else if (entry instanceof Map<?, ?> map) {
            into.putAll(map);
        } else if (entry instanceof Map.Entry<?, ?> e) {
            into.put(e.getKey(), e.getValue());
        } else {
            throw new EvalError(pos, "collectEntries needs [key, value] or [key: value] from its block, not " + TextValues.describe(entry));
        }
        if (into.size() > Limits.MAX_ITEMS) {
            throw EvalError.bound(pos, "a map of more than " + Limits.MAX_ITEMS + " items is not allowed");
        }
    }
}
