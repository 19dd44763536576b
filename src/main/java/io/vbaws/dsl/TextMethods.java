package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The pure methods of texts, numbers and booleans a script may call; see {@link ValueMethods}. */
final class TextMethods {

    static final Set<String> NAMES = Set.of("size", "length", "toUpperCase", "toLowerCase", "trim", "startsWith",
            "endsWith", "contains", "replace", "substring", "indexOf", "isEmpty", "capitalize", "uncapitalize", "padLeft",
            "padRight", "toInteger", "isInteger", "take", "drop", "reverse", "equalsIgnoreCase", "split", "tokenize",
            "toString", "plus", "minus", "multiply", "abs", "intValue", "toLong", "intdiv", "times");

    private TextMethods() {
    }

    static Object call(ValueMethods.Runtime runtime, Pos pos, Object receiver, String name, List<Object> args) {
        Limits limits = runtime.limits();
        if ("toString".equals(name) && args.isEmpty()) {
            return limits.text(pos, Values.show(receiver));
        }
        if (receiver instanceof Number number) {
            return number(runtime, pos, number, name, args);
        }
        if (!(receiver instanceof String text)) {
            throw ValueMethods.noSuch(pos, receiver, name);
        }
        limits.steps(pos, text.length() / 64);
        return switch (name + "/" + args.size()) {
            case "size/0", "length/0" -> text.length();
            case "toUpperCase/0" -> text.toUpperCase(Locale.ROOT);
            case "toLowerCase/0" -> text.toLowerCase(Locale.ROOT);
            case "trim/0" -> text.trim();
            case "isEmpty/0" -> text.isEmpty();
            case "capitalize/0" -> text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
            case "uncapitalize/0" -> text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
            case "reverse/0" -> new StringBuilder(text).reverse().toString();
            case "isInteger/0" -> isInteger(text);
            case "toInteger/0" -> {
                if (!isInteger(text)) {
                    throw new EvalError(pos, "\"" + shorten(text) + "\" is not a whole number");
                }
                yield Integer.parseInt(text.trim());
            }
            case "startsWith/1" -> text.startsWith(text(pos, name, args.get(0)));
            case "endsWith/1" -> text.endsWith(text(pos, name, args.get(0)));
            case "contains/1" -> text.contains(text(pos, name, args.get(0)));
            case "equalsIgnoreCase/1" -> text.equalsIgnoreCase(text(pos, name, args.get(0)));
            case "indexOf/1" -> text.indexOf(text(pos, name, args.get(0)));
            case "replace/2" -> limits.text(pos, text.replace(text(pos, name, args.get(0)), text(pos, name, args.get(1))));
            case "substring/1" -> text.substring(index(pos, text, args.get(0)));
            case "substring/2" -> {
                int from = index(pos, text, args.get(0));
                yield text.substring(from, Math.max(from, index(pos, text, args.get(1))));
            }
            case "take/1" -> text.substring(0, Math.min(text.length(), count(pos, name, args.get(0))));
            case "drop/1" -> text.substring(Math.min(text.length(), count(pos, name, args.get(0))));
            case "padLeft/1", "padLeft/2", "padRight/1", "padRight/2" -> pad(limits, pos, text, name, args);
            case "split/1", "tokenize/1" -> split(text, text(pos, name, args.get(0)), "tokenize".equals(name));
            case "tokenize/0" -> split(text, " ", true);
            case "plus/1" -> limits.text(pos, text + Values.show(args.get(0)));
            case "multiply/1" -> Operators.repeat(limits, pos, text, args.get(0));
            case "minus/1" -> minus(text, text(pos, name, args.get(0)));
            default -> throw ValueMethods.noSuch(pos, receiver, name + " with " + args.size() + " argument(s): " + name);
        };
    }

    private static Object number(ValueMethods.Runtime runtime, Pos pos, Number number, String name, List<Object> args) {
        return switch (name + "/" + args.size()) {
            case "abs/0" -> Numbers.compare(number, 0) < 0 ? Numbers.negate(pos, number) : number;
            case "intValue/0", "toInteger/0" -> number.intValue();
            case "toLong/0" -> number.longValue();
            case "plus/1", "minus/1", "multiply/1" -> Operators.binary(runtime.limits(), pos,
                    switch (name) { case "plus" -> "+"; case "minus" -> "-"; default -> "*"; }, number, args.get(0));
            case "intdiv/1" -> {
                Integer divisor = Numbers.wholeInt(args.get(0));
                if (divisor == null || !Numbers.isWhole(number)) {
                    throw ValueMethods.wrongArguments(pos, name, "a whole number");
                }
                if (divisor == 0) {
                    throw new EvalError(pos, "Division by zero");
                }
                long quotient = number.longValue() / divisor;
                yield number instanceof Integer ? (Object) (int) quotient : (Object) quotient;
            }
            case "times/1" -> {
                Interpreter.BlockValue block = block(pos, name, args.get(0));
                for (long i = 0; i < number.longValue(); i++) {
                    runtime.limits().step(pos);
                    runtime.invoke(block, pos, java.util.Arrays.asList((int) i));
                }
                yield number;
            }
            default -> throw ValueMethods.noSuch(pos, number, name);
        };
    }

    /** {@code text} less the first occurrence of {@code part}. */
    static String minus(String text, String part) {
        int at = text.indexOf(part);
        return at < 0 ? text : text.substring(0, at) + text.substring(at + part.length());
    }

    static Interpreter.BlockValue block(Pos pos, String name, Object value) {
        if (value instanceof Interpreter.BlockValue block) {
            return block;
        }
        throw ValueMethods.wrongArguments(pos, name, "a block { ... }");
    }

    private static Object pad(Limits limits, Pos pos, String text, String name, List<Object> args) {
        int width = count(pos, name, args.get(0));
        limits.textLength(pos, width);
        String filler = args.size() > 1 ? text(pos, name, args.get(1)) : " ";
        if (filler.isEmpty() || text.length() >= width) {
            return text;
        }
        StringBuilder padding = new StringBuilder();
        while (padding.length() < width - text.length()) {
            padding.append(filler);
        }
        padding.setLength(width - text.length());
        return "padLeft".equals(name) ? padding + text : text + padding;
    }

    private static List<Object> split(String text, String separator, boolean dropEmpty) {
        List<Object> parts = new ArrayList<>();
        if (separator.isEmpty()) {
            text.chars().forEach(c -> parts.add(String.valueOf((char) c)));
            return parts;
        }
        int start = 0;
        while (true) {
            int at = text.indexOf(separator, start);
            String part = at < 0 ? text.substring(start) : text.substring(start, at);
            if (!dropEmpty || !part.isEmpty()) {
                parts.add(part);
            }
            if (at < 0) {
                return parts;
            }
            start = at + separator.length();
        }
    }

    private static boolean isInteger(String text) {
        try {
            Integer.parseInt(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String text(Pos pos, String name, Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw ValueMethods.wrongArguments(pos, name, "a text, not " + TextValues.describe(value));
    }

    static int count(Pos pos, String name, Object value) {
        Integer whole = Numbers.wholeInt(value);
        if (whole == null || whole < 0) {
            throw ValueMethods.wrongArguments(pos, name, "a whole number of 0 or more, not " + TextValues.describe(value));
        }
        return whole;
    }

    private static int index(Pos pos, String text, Object value) {
        int index = count(pos, "substring", value);
        if (index > text.length()) {
            throw new EvalError(pos, "substring: " + index + " is past the end of a text of " + text.length() + " characters");
        }
        return index;
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
