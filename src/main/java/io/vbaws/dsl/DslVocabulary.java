package io.vbaws.dsl;

import groovy.lang.Closure;
import io.vbaws.text.NameSuggestions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The words of each DSL block, read from the public methods of its context class, so that messages
 * about an unknown or misused word list what the block takes and never go stale.
 */
final class DslVocabulary {

    private static final Map<Class<?>, String> BLOCKS = blocks();
    /** Public methods that are not words of the DSL: Groovy's plumbing, and what PolicyScript forbids. */
    private static final Set<String> NOT_WORDS = Set.of("getSystem", "getProperty", "setProperty", "getMetaClass",
            "setMetaClass", "invokeMethod", "notifyWith", "print", "println", "printf", "evaluate", "run");

    private final NameSuggestions suggestions = new NameSuggestions(3);

    private static Map<Class<?>, String> blocks() {
        Map<Class<?>, String> blocks = new LinkedHashMap<>();
        blocks.put(PolicyScript.class, "a script");
        blocks.put(PolicyContext.class, "slaPolicy");
        blocks.put(SnapshotContext.class, "snapshots");
        blocks.put(GuestScriptContext.class, "windows/linux");
        blocks.put(ReplicaContext.class, "replicas");
        return Map.copyOf(blocks);
    }

    /** Whether {@code type} is one of the DSL's blocks (a context class or the script base). */
    boolean isBlock(Class<?> type) {
        return blockOf(type) != null;
    }

    /** The block's name as a script writes it ({@code slaPolicy}, {@code snapshots}). */
    String blockName(Class<?> type) {
        Class<?> block = blockOf(type);
        return block == null ? type.getSimpleName() : BLOCKS.get(block);
    }

    /** The words a block takes, sorted. */
    List<String> words(Class<?> type) {
        Class<?> block = blockOf(type);
        if (block == null) {
            return List.of();
        }
        return new ArrayList<>(new TreeSet<>(dslMethods(block).stream().map(Method::getName).toList()));
    }

    /** The forms of {@code word} a block takes, as a user writes them: {@code retries(int)}. */
    List<String> forms(Class<?> type, String word) {
        Class<?> block = blockOf(type);
        if (block == null) {
            return List.of();
        }
        return dslMethods(block).stream().filter(m -> m.getName().equals(word)).map(DslVocabulary::form).sorted().toList();
    }

    /** The other blocks that take {@code word}. */
    List<String> blocksWith(String word) {
        return BLOCKS.entrySet().stream()
                .filter(e -> dslMethods(e.getKey()).stream().anyMatch(m -> m.getName().equals(word)))
                .map(Map.Entry::getValue)
                .sorted()
                .toList();
    }

    /** The words of a block closest to a misspelt one. */
    List<String> closest(Class<?> type, String word) {
        return suggestions.closest(word, words(type));
    }

    /** Whether {@code name} reads as a misspelling of {@code word}. */
    boolean isCloseTo(String name, String word) {
        return !suggestions.closest(name, List.of(word)).isEmpty();
    }

    /** How the arguments a script passed read: {@code (String)}, {@code (int, { ... })}. */
    static String describeArguments(Object[] arguments) {
        if (arguments == null || arguments.length == 0) {
            return "()";
        }
        return Arrays.stream(arguments).map(DslVocabulary::describeValue).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String describeValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Closure<?>) {
            return "{ ... }";
        }
        if (value instanceof CharSequence) {
            return "String";
        }
        if (value instanceof Map<?, ?>) {
            return "key: value, ...";
        }
        if (value instanceof List<?>) {
            return "[...]";
        }
        return value.getClass().getSimpleName();
    }

    private static Class<?> blockOf(Class<?> type) {
        for (Class<?> block : BLOCKS.keySet()) {
            if (block.isAssignableFrom(type)) {
                return block;
            }
        }
        return null;
    }

    private static List<Method> dslMethods(Class<?> block) {
        return Arrays.stream(block.getMethods())
                .filter(m -> m.getDeclaringClass() == block && Modifier.isPublic(m.getModifiers())
                        && !Modifier.isStatic(m.getModifiers()) && !NOT_WORDS.contains(m.getName())
                        && !m.isSynthetic() && !m.getName().startsWith("$"))
                .toList();
    }

    private static String form(Method method) {
        List<String> parameters = new ArrayList<>();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            boolean varargs = method.isVarArgs() && i == types.length - 1;
            if (Closure.class.isAssignableFrom(t)) {
                parameters.add("{ ... }");
            } else if (Map.class.isAssignableFrom(t)) {
                parameters.add("key: value, ...");
            } else if (List.class.isAssignableFrom(t)) {
                parameters.add("[...]");
            } else if (varargs) {
                parameters.add(t.getComponentType().getSimpleName() + "...");
            } else {
                parameters.add(t.getSimpleName());
            }
        }
        return method.getName() + "(" + String.join(", ", parameters) + ")";
    }
}
