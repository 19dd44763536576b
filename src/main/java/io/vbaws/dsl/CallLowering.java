package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import io.vbaws.text.NameSuggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.NamedArgumentListExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;

/**
 * Lowers calls, assignments and subscripts: a DSL word (its blocks lowered as the blocks they open),
 * a function of the script, a method on the allow-list of {@link ValueMethods}, {@code Math.max}
 * and its kind; everything else is refused. It also makes the DSL's command forms mean what they
 * read as: {@code slaPolicy "prod-web" { }}, which Groovy reads as a call of a method named
 * {@code prod-web}, and {@code regions ["a", "b"]}, which Groovy reads as a subscript.
 */
final class CallLowering {

    private static final Set<String> BUILTINS = Set.of("max", "min", "abs");
    private static final NameSuggestions SUGGESTIONS = new NameSuggestions(3);
    private static final NameSuggestions MISSPELLINGS = new NameSuggestions(1);

    private final ExpressionLowering expressions;
    private final Refusals refusals;
    private final Names names;

    CallLowering(ExpressionLowering expressions, Refusals refusals, Names names) {
        this.expressions = expressions;
        this.refusals = refusals;
        this.names = names;
    }

    Expr lower(MethodCallExpression call) {
        String name = call.getMethodAsString();
        Pos pos = ScriptLowering.pos(call.getMethod().getLineNumber() > 0 ? call.getMethod() : call);
        if (name == null) {
            return expressions.refused(call.getMethod(), "a computed method name");
        }
        if (call.isImplicitThis()) {
            return implicit(call, name, pos);
        }
        Expression receiver = call.getObjectExpression();
        String className = expressions.classNameOf(receiver);
        if ("Math".equals(className) && BUILTINS.contains(name)) {
            return new Expr.Builtin(pos, name, arguments(call, null, false));
        }
        if (className != null) {
            return expressions.className(className, receiver);
        }
        if (receiver instanceof VariableExpression self && ("this".equals(self.getName()) || "super".equals(self.getName()))) {
            return expressions.refused(receiver, "\"" + self.getName() + "\"");
        }
        if (!ValueMethods.NAMES.contains(name)) {
            refusals.refuse(call.getMethod(), name + "() is not allowed in a policy script" + hint(name));
            return new Expr.Literal(pos, null);
        }
        Expr target = expressions.lower(receiver);
        return new Expr.MethodCall(pos, target, name, arguments(call, names.block(), true), call.isSafe(), call.isSpreadSafe());
    }

    private Expr implicit(MethodCallExpression call, String name, Pos pos) {
        if (isForbidden(name)) {
            refusals.refuse(call.getMethod(), name + "() is not allowed in a policy script" + hint(name));
            return new Expr.Literal(pos, null);
        }
        if (names.isVariable(name)) {
            String message = DslWords.isWord(name)
                    ? "the variable " + name + " hides the setting " + name + ": a variable named like a setting (regions, "
                            + "template, tags, ...) hides it; rename the variable"
                    : name + " is a variable, not a function: write " + name + " without (...)";
            refusals.mistake(pos, message, List.of());
            return new Expr.UnknownName(pos, name);
        }
        if (names.isFunction(name)) {
            return new Expr.Call(pos, name, arguments(call, null, false), call.getLastLineNumber());
        }
        if (DslWords.isWord(name)) {
            List<Expr> arguments = namedBlock(call, name);
            if (arguments == null) {
                arguments = arguments(call, DslWords.opens(name), false);
            }
            return new Expr.Call(pos, name, arguments, call.getLastLineNumber());
        }
        if (!MISSPELLINGS.closest(name, List.of("slaPolicy")).isEmpty() && namedBlock(call, "slaPolicy") != null) {
            unknownWord(name, pos);
            return new Expr.UnknownName(pos, name);
        }
        unknownWord(name, pos);
        arguments(call, DslBlock.UNKNOWN, false);
        return new Expr.UnknownName(pos, name);
    }

    /** {@code slaPolicy "name" { }}: Groovy's reading, a call of a method named "name", undone. */
    private List<Expr> namedBlock(MethodCallExpression call, String word) {
        if (!"slaPolicy".equals(word) || !(call.getArguments() instanceof TupleExpression args) || args.getExpressions().size() != 1
                || !(args.getExpression(0) instanceof MethodCallExpression inner) || !inner.isImplicitThis()) {
            return null;
        }
        Expression name = inner.getMethod();
        boolean namedByText = name instanceof ConstantExpression constant && constant.getValue() instanceof String
                || name instanceof GStringExpression;
        if (!namedByText || !(inner.getArguments() instanceof TupleExpression innerArgs) || innerArgs.getExpressions().size() != 1
                || !(innerArgs.getExpression(0) instanceof ClosureExpression body)) {
            return null;
        }
        return List.of(expressions.lower(name), expressions.block(body, DslBlock.POLICY));
    }

    /** A call's arguments: named ones first, as one map; blocks lowered inside {@code opens} (null: not allowed). */
    private List<Expr> arguments(MethodCallExpression call, DslBlock opens, boolean blocksAllowed) {
        List<Expression> given = call.getArguments() instanceof TupleExpression tuple ? tuple.getExpressions() : List.of(call.getArguments());
        List<Expr> lowered = new ArrayList<>();
        MapExpression named = null;
        for (Expression argument : given) {
            if (argument instanceof NamedArgumentListExpression) {
                if (named == null) {
                    named = new MapExpression();
                    named.setSourcePosition(argument);
                }
                for (MapEntryExpression entry : ((MapExpression) argument).getMapEntryExpressions()) {
                    named.addMapEntryExpression(entry);
                }
            } else if (argument instanceof ClosureExpression closure) {
                if (opens == null && !blocksAllowed) {
                    lowered.add(expressions.refused(closure, "a block { } passed to a function (a block is not a value)"));
                } else {
                    lowered.add(expressions.block(closure, opens == null ? names.block() : opens));
                }
            } else {
                lowered.add(expressions.lower(argument));
            }
        }
        if (named != null) {
            lowered.add(0, expressions.lower(named));
        }
        return lowered;
    }

    /** {@code x = v}, {@code x += v}: a variable, an item or a map's key; a setting written so is a mistake. */
    Expr assignment(BinaryExpression binary, String operator, Pos pos) {
        Expression left = binary.getLeftExpression();
        Expr value = expressions.lower(binary.getRightExpression());
        if (left instanceof VariableExpression variable) {
            String name = variable.getName();
            Pos at = ScriptLowering.pos(variable);
            if (!names.isVariable(name)) {
                if (ExpressionLowering.RUNTIME_NAMES.contains(name) || Character.isUpperCase(name.charAt(0))) {
                    return expressions.refused(variable, "assigning \"" + name + "\"");
                }
                DslBlock block = names.block();
                if (block != DslBlock.SCRIPT && block != DslBlock.UNKNOWN) {
                    refusals.mistake(at, DslWords.isWord(name)
                            ? "write " + name + " VALUE, not " + name + " = VALUE: settings are method calls"
                            : "cannot assign " + name + " inside " + block.displayName() + ": declare variables with def before the block",
                            List.of());
                    return new Expr.UnknownName(at, name);
                }
                names.declareScriptVariable(name);
            }
            return new Expr.Assign(pos, new Expr.Variable(at, name), operator, value);
        }
        if (left instanceof BinaryExpression index && "[".equals(index.getOperation().getText())) {
            return new Expr.Assign(pos, subscript(index, ScriptLowering.pos(index)), operator, value);
        }
        if (left instanceof PropertyExpression property && !(property.getObjectExpression() instanceof VariableExpression self
                && "this".equals(self.getName()))) {
            return new Expr.Assign(pos, expressions.lower(property), operator, value);
        }
        return expressions.refused(left, "assigning to this");
    }

    /** {@code a[i]}; {@code regions ["a", "b"]} is the word regions with a list. */
    Expr subscript(BinaryExpression binary, Pos pos) {
        Expression left = binary.getLeftExpression();
        Expression right = binary.getRightExpression();
        if (left instanceof VariableExpression word && !names.isVariable(word.getName()) && DslWords.isWord(word.getName())) {
            Expr list = right instanceof ListExpression ? expressions.lower(right)
                    : new Expr.ListOf(ScriptLowering.pos(right), List.of(expressions.lower(right)));
            return new Expr.Call(ScriptLowering.pos(word), word.getName(), List.of(list), binary.getLastLineNumber());
        }
        if (right instanceof ConstantExpression key && key.getValue() instanceof String name
                && ExpressionLowering.RUNTIME_NAMES.contains(name)) {
            return expressions.refused(right, "[\"" + name + "\"]");
        }
        return new Expr.Index(pos, expressions.lower(left), expressions.lower(right));
    }

    /** Reports a word no block has, with the closest words of the block the text is in. */
    void unknownWord(String name, Pos pos) {
        DslBlock block = names.block();
        List<String> words = block == DslBlock.UNKNOWN ? List.copyOf(DslWords.all()) : DslWords.words(block);
        List<String> closest = SUGGESTIONS.closest(name, words);
        String noun = block == DslBlock.SCRIPT ? "unknown word " : "unknown setting ";
        String where = block == DslBlock.SCRIPT || block == DslBlock.UNKNOWN ? "" : " in " + block.displayName();
        refusals.mistake(pos, noun + name + where + (closest.isEmpty() ? "; expected one of " + String.join(", ", words) : ""),
                closest);
    }

    /** Reports a bare name that is neither a variable nor a word. */
    void unknownName(String name, Pos pos) {
        DslBlock block = names.block();
        String where = block == DslBlock.SCRIPT || block == DslBlock.UNKNOWN ? "" : " in " + block.displayName();
        List<String> closest = SUGGESTIONS.closest(name, List.copyOf(DslWords.VALUES.keySet()));
        if (!closest.isEmpty()) {
            refusals.mistake(pos, "unknown name " + name + where, closest);
        } else {
            refusals.mistake(pos, "unknown name " + name + where + ": write names and IDs in quotes (\"" + name
                    + "\"), and declare a variable with def before using it", List.of());
        }
    }

    /** {@code priority -1}: Groovy reads a word, a sign and a number as a sum; say so rather than "unknown name priority". */
    Expr signedNumber(String word, String operator, Number number, Pos pos) {
        boolean minus = "-".equals(operator);
        refusals.mistake(pos, word + " " + operator + number + " is read as \"" + word + (minus ? " minus " : " plus ") + number
                + "\": write " + word + "(" + (minus ? "-" : "") + number + ")"
                + (minus && "priority".equals(word) ? ", though priorities start at 1" : ""), List.of());
        return new Expr.UnknownName(pos, word);
    }

    private static boolean isForbidden(String name) {
        return !DslWords.isWord(name) && (ValueMethods.NAMES.contains(name) || FORBIDDEN.contains(name));
    }

    /** Calls a Groovy script could make on itself; named so the refusal can say why. */
    private static final Set<String> FORBIDDEN = Set.of("println", "print", "printf", "evaluate", "run", "sleep", "execute",
            "getClass", "getBinding", "setBinding", "getProperty", "setProperty", "invokeMethod", "getMetaClass",
            "setMetaClass", "metaClass", "use", "mixin", "with", "tap", "identity", "addShutdownHook", "wait", "notify");

    private static String hint(String name) {
        return switch (name) {
            case "println", "print", "printf" -> ": a script declares policies, it does not print";
            case "execute", "exec" -> ": a script declares policies, it does not run commands";
            case "evaluate", "run" -> ": a script cannot evaluate code";
            default -> ": it is not one of the methods of the policy language";
        };
    }
}
