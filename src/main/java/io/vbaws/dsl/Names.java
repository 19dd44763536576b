package io.vbaws.dsl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The names lowering knows at a point of a script: variables by scope, the script's variables
 * (assigned without {@code def} at the top), its functions, and the DSL block the code is written
 * in, as far as the text shows it.
 */
final class Names {

    private final Deque<Set<String>> scopes = new ArrayDeque<>();
    private final Deque<DslBlock> blocks = new ArrayDeque<>();
    private final Set<String> scriptVariables = new HashSet<>();
    private final Set<String> functions;

    Names(Set<String> functions) {
        this.functions = functions;
        scopes.push(new HashSet<>());
        blocks.push(DslBlock.SCRIPT);
    }

    void open() {
        scopes.push(new HashSet<>());
    }

    void close() {
        scopes.pop();
    }

    /** Runs {@code body} in a function's own scope: its parameters and the script's variables only. */
    void inFunction(Set<String> parameters, Runnable body) {
        Deque<Set<String>> saved = new ArrayDeque<>(scopes);
        scopes.clear();
        scopes.push(new HashSet<>(parameters));
        blocks.push(DslBlock.UNKNOWN);
        try {
            body.run();
        } finally {
            blocks.pop();
            scopes.clear();
            saved.descendingIterator().forEachRemaining(scopes::push);
        }
    }

    void declare(String name) {
        scopes.peek().add(name);
    }

    void declareScriptVariable(String name) {
        scriptVariables.add(name);
    }

    boolean isVariable(String name) {
        return scriptVariables.contains(name) || scopes.stream().anyMatch(s -> s.contains(name));
    }

    boolean isFunction(String name) {
        return functions.contains(name);
    }

    /** Whether the code is at the top of the script (not in a block, a closure or a function). */
    boolean atTop() {
        return scopes.size() == 1 && blocks.peek() == DslBlock.SCRIPT;
    }

    DslBlock block() {
        return blocks.peek();
    }

    void enter(DslBlock block) {
        blocks.push(block);
    }

    void leave() {
        blocks.pop();
    }
}
