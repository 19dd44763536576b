package io.vbaws.dsl;

import java.util.List;

/**
 * The expressions of the policy language, lowered from Groovy's AST: a closed set that the
 * {@link Interpreter} evaluates. Nothing here names a Java class or method; a method call carries
 * a name from {@link ValueMethods}' allow-list and a word call a name the word table resolves.
 */
sealed interface Expr {

    /** Where the expression starts in its file. */
    Pos pos();

    /** A line and column, 1-based. */
    record Pos(int line, int column) {
    }

    /** A constant: text, a number, true/false or null. */
    record Literal(Pos pos, Object value) implements Expr {
    }

    /** A string with {@code ${}}: the texts between the values, one more than the values. */
    record Template(Pos pos, List<String> texts, List<Expr> values) implements Expr {
    }

    /** {@code [a, b]}. */
    record ListOf(Pos pos, List<Expr> items) implements Expr {
    }

    /** {@code [k: v, ...]} or a call's named arguments. */
    record MapOf(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {
    }

    /** {@code from..to} or {@code from..<to}. */
    record Range(Pos pos, Expr from, Expr to, boolean inclusive) implements Expr {
    }

    /** A variable, a parameter or a script variable. */
    record Variable(Pos pos, String name) implements Expr {
    }

    /** A bare word of the DSL that is a value: {@code system}. */
    record BareWord(Pos pos, String name) implements Expr {
    }

    /** A name that is neither a variable nor a word: an error when evaluated, named for the block it is in. */
    record UnknownName(Pos pos, String name) implements Expr {
    }

    /** {@code a OP b}: arithmetic, comparison, {@code &&}, {@code ||}, {@code in}, {@code ?:}. */
    record Binary(Pos pos, String operator, Expr left, Expr right) implements Expr {
    }

    /** {@code !a}, {@code -a}, {@code +a}. */
    record Unary(Pos pos, String operator, Expr operand) implements Expr {
    }

    /** {@code c ? a : b}. */
    record Conditional(Pos pos, Expr condition, Expr then, Expr otherwise) implements Expr {
    }

    /** {@code a[i]}: a list item or a map value. */
    record Index(Pos pos, Expr target, Expr index) implements Expr {
    }

    /** {@code m.key} on a map, {@code e.key}/{@code e.value} on a map entry; {@code ?.} when safe. */
    record Property(Pos pos, Expr target, String name, boolean safe) implements Expr {
    }

    /** {@code target.name(args)} with a name on the allow-list; {@code *.} spreads it over a list. */
    record MethodCall(Pos pos, Expr target, String name, List<Expr> arguments, boolean safe, boolean spread) implements Expr {
    }

    /** {@code Math.max(a, b)} and the like: the few functions of the language that are not methods. */
    record Builtin(Pos pos, String name, List<Expr> arguments) implements Expr {
    }

    /**
     * {@code name args}: a DSL word or a function of the script; {@code lastLine} is where the call
     * ends, so the literals of a call written over several lines are found.
     */
    record Call(Pos pos, String name, List<Expr> arguments, int lastLine) implements Expr {
    }

    /** A closure literal: a DSL block or the body passed to each/collect/findAll. */
    record Block(Pos pos, List<String> parameters, List<Stmt> body) implements Expr {
    }

    /** {@code target = value} and {@code target OP= value}; the target a variable, an index or a property. */
    record Assign(Pos pos, Expr target, String operator, Expr value) implements Expr {
    }

    /** {@code x++}, {@code --x}. */
    record Step(Pos pos, Expr target, int delta, boolean prefix) implements Expr {
    }
}
