package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a lowered {@link Program}: the statements and expressions of the language, bounded by
 * {@link Limits}, with the DSL's words called through {@link DslWords} on the contexts the
 * {@link ScriptRecorder} keeps. Inside a DSL block a failed statement is reported and the next one
 * still runs, so one pass finds every mistake of a policy; a bound exceeded ends the file.
 */
final class Interpreter implements ValueMethods.Runtime {

    /** A block written after an iteration method, with the variables it sees. */
    record BlockValue(Expr.Block block, Scope scope) {
        int parameters() {
            return block.parameters().size();
        }
    }

    /** The variables of one block, function or loop body, and the scope around it. */
    static final class Scope {
        private final Map<String, Object> variables = new HashMap<>();
        private final Scope outer;

        Scope(Scope outer) {
            this.outer = outer;
        }
    }

    private static final class Jump extends RuntimeException {
        private final transient Object value;
        private final boolean isBreak;

        Jump(boolean isBreak, Object value) {
            super(null, null, false, false);
            this.isBreak = isBreak;
            this.value = value;
        }
    }

    private static final class Return extends RuntimeException {
        private final transient Object value;

        Return(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    private final Program program;
    private final ScriptRecorder recorder;
    private final PolicyScript top;
    private final Limits limits = new Limits();
    private final Map<String, Object> scriptVariables = new HashMap<>();
    private final Expressions expressions = new Expressions(this);

    Interpreter(Program program, ScriptRecorder recorder) {
        this.program = program;
        this.recorder = recorder;
        this.top = new PolicyScript(recorder);
    }

    @Override
    public Limits limits() {
        return limits;
    }

    /** Runs the script; its declarations and errors go to the recorder. */
    void run() {
        Scope scope = new Scope(null);
        for (Stmt statement : program.statements()) {
            if (!attempt(statement, scope, true)) {
                return;
            }
        }
    }

    /** Runs the statements of a DSL block: a failed statement is reported, and the next one runs. */
    void runBody(Expr.Block block, Scope outer) {
        limits.enter(block.pos());
        try {
            Scope scope = new Scope(outer);
            for (Stmt statement : block.body()) {
                attempt(statement, scope, false);
            }
        } finally {
            limits.leave();
        }
    }

    /**
     * Runs one statement and reports its failure; false when the failure ends the file. At the top
     * a failed computation ends the file (what follows may need its value); inside a DSL block only
     * the statement ends. A bound exceeded ends the file wherever it happens.
     */
    private boolean attempt(Stmt statement, Scope scope, boolean top) {
        try {
            execute(statement, scope);
            return true;
        } catch (BlockError error) {
            recorder.error(error.error());
            return true;
        } catch (Expressions.Reported reported) {
            recorder.failed();
            return true;
        } catch (EvalError error) {
            if (error.isBound() && !top) {
                throw error;
            }
            recorder.error(recorder.at(error.pos(), error.getMessage()));
            return !top;
        } catch (Jump | Return jump) {
            if (!top) {
                throw jump;
            }
            recorder.error(recorder.at(statement.pos(), "break, continue and return belong in loops and functions"));
            return false;
        } catch (StackOverflowError deep) {
            if (!top) {
                throw deep;
            }
            recorder.error(recorder.at(statement.pos(), "the script nests too deeply and was stopped"));
            return false;
        } catch (RuntimeException unexpected) {
            recorder.error(recorder.at(statement.pos(), failed(unexpected)));
            return !top;
        }
    }

    @Override
    public Object invoke(BlockValue value, Pos pos, List<Object> arguments) {
        Expr.Block block = value.block();
        limits.enter(pos);
        try {
            Scope scope = new Scope(value.scope());
            if (block.parameters().isEmpty()) {
                scope.variables.put("it", arguments.isEmpty() ? null : arguments.get(0));
            } else {
                if (arguments.size() > block.parameters().size()) {
                    throw new EvalError(block.pos(), "this block takes " + block.parameters().size() + " parameter(s) but is given "
                            + arguments.size() + ": write { a, b -> ... } to take them all");
                }
                for (int i = 0; i < block.parameters().size(); i++) {
                    scope.variables.put(block.parameters().get(i), i < arguments.size() ? arguments.get(i) : null);
                }
            }
            return executeAll(block.body(), scope);
        } catch (Return back) {
            return back.value;
        } catch (Jump jump) {
            throw new EvalError(pos, "break and continue belong in for and while loops, not in a block { }");
        } finally {
            limits.leave();
        }
    }

    /** Calls a word or a function of the script. */
    Object call(Expr.Call call, Scope scope) {
        Program.Function function = program.functions().get(call.name());
        if (function != null) {
            return callFunction(function, call, scope);
        }
        DslBlock innermost = recorder.innermostBlock();
        DslWords.Word word = DslWords.word(innermost, call.name());
        if (word == null) {
            throw recorder.misplaced(call.name(), call.pos());
        }
        List<Object> arguments = new ArrayList<>();
        for (Expr argument : call.arguments()) {
            if (argument instanceof Expr.Block block) {
                arguments.add((WordArguments.Body) () -> runBody(block, scope));
            } else {
                arguments.add(expressions.evaluate(argument, scope));
            }
        }
        Object target = innermost == DslBlock.SCRIPT ? top : recorder.innermostContext();
        recorder.enterCall(call.name(), call.pos(), call.lastLine());
        try {
            word.action().accept(target, new WordArguments(call.name(), word.takes(), arguments, recorder));
        } finally {
            recorder.leaveCall();
        }
        return null;
    }

    private Object callFunction(Program.Function function, Expr.Call call, Scope outer) {
        List<Object> arguments = new ArrayList<>();
        for (Expr argument : call.arguments()) {
            arguments.add(expressions.evaluate(argument, outer));
        }
        if (arguments.size() > function.parameters().size()) {
            throw new EvalError(call.pos(), function.name() + " takes " + function.parameters().size() + " argument(s), not "
                    + arguments.size());
        }
        limits.enter(call.pos());
        try {
            Scope scope = new Scope(null);
            for (int i = 0; i < function.parameters().size(); i++) {
                Object value;
                if (i < arguments.size()) {
                    value = arguments.get(i);
                } else if (function.defaults().get(i) != null) {
                    value = expressions.evaluate(function.defaults().get(i), scope);
                } else {
                    throw new EvalError(call.pos(), function.name() + " takes " + function.parameters().size()
                            + " argument(s), not " + arguments.size());
                }
                scope.variables.put(function.parameters().get(i), value);
            }
            return executeAll(function.body(), scope);
        } catch (Return back) {
            return back.value;
        } catch (Jump jump) {
            throw new EvalError(call.pos(), "break and continue belong in for and while loops");
        } finally {
            limits.leave();
        }
    }

    private Object executeAll(List<Stmt> statements, Scope scope) {
        Object last = null;
        for (Stmt statement : statements) {
            last = execute(statement, scope);
        }
        return last;
    }

    private Object execute(Stmt statement, Scope scope) {
        limits.step(statement.pos());
        if (statement instanceof Stmt.Evaluate evaluate) {
            return expressions.evaluate(evaluate.expression(), scope);
        }
        if (statement instanceof Stmt.Declare declare) {
            scope.variables.put(declare.name(), expressions.evaluate(declare.value(), scope));
            return null;
        }
        if (statement instanceof Stmt.If branch) {
            boolean yes = Values.truth(expressions.evaluate(branch.condition(), scope));
            return executeAll(yes ? branch.then() : branch.otherwise(), new Scope(scope));
        }
        if (statement instanceof Stmt.ForEach loop) {
            Object items = expressions.evaluate(loop.items(), scope);
            for (Object item : iterable(loop.pos(), items)) {
                Scope body = new Scope(scope);
                body.variables.put(loop.variable(), item);
                try {
                    executeAll(loop.body(), body);
                } catch (Jump jump) {
                    if (jump.isBreak) {
                        break;
                    }
                }
            }
            return null;
        }
        if (statement instanceof Stmt.Loop loop) {
            Scope outer = new Scope(scope);
            executeAll(loop.init(), outer);
            while (Values.truth(expressions.evaluate(loop.condition(), outer))) {
                try {
                    executeAll(loop.body(), new Scope(outer));
                } catch (Jump jump) {
                    if (jump.isBreak) {
                        break;
                    }
                }
                loop.update().forEach(u -> expressions.evaluate(u, outer));
            }
            return null;
        }
        if (statement instanceof Stmt.Break) {
            throw new Jump(true, null);
        }
        if (statement instanceof Stmt.Continue) {
            throw new Jump(false, null);
        }
        if (statement instanceof Stmt.Return back) {
            throw new Return(back.value() == null ? null : expressions.evaluate(back.value(), scope));
        }
        if (statement instanceof Stmt.Group group) {
            return executeAll(group.body(), new Scope(scope));
        }
        throw new IllegalStateException("a statement the interpreter does not know: " + statement);
    }

    private List<?> iterable(Pos pos, Object items) {
        if (items instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (items instanceof Map<?, ?> map) {
            List<Object> entries = new ArrayList<>();
            map.entrySet().forEach(e -> entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue())));
            return entries;
        }
        if (items instanceof String text) {
            limits.steps(pos, text.length());
            return Arrays.asList(text.split(""));
        }
        throw new EvalError(pos, "a for loop goes through a list, a map, a range or a text, not " + TextValues.describe(items));
    }

    Object variable(Expr.Variable variable, Scope scope) {
        for (Scope s = scope; s != null; s = s.outer) {
            if (s.variables.containsKey(variable.name())) {
                return s.variables.get(variable.name());
            }
        }
        if (scriptVariables.containsKey(variable.name())) {
            return scriptVariables.get(variable.name());
        }
        throw new EvalError(variable.pos(), "the variable " + variable.name() + " has no value yet");
    }

    void assign(String name, Object value, Scope scope) {
        for (Scope s = scope; s != null; s = s.outer) {
            if (s.variables.containsKey(name)) {
                s.variables.put(name, value);
                return;
            }
        }
        scriptVariables.put(name, value);
    }

    /** What a Java failure in an allowed method means to a script's author; never a stack trace. */
    private static String failed(RuntimeException unexpected) {
        if (unexpected instanceof java.util.ConcurrentModificationException) {
            return "a list or map was changed while a loop went through it";
        }
        return "this statement failed: " + unexpected.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** A new map for a map literal, in the order written. */
    static Map<Object, Object> newMap() {
        return new LinkedHashMap<>();
    }
}
