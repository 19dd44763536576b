package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The methods a script may call on its values: pure methods of texts and numbers
 * ({@link TextMethods}) and of lists and maps ({@link CollectionMethods}), each implemented here
 * by name, so no Java or Groovy method outside this list is ever reached. None takes a regular
 * expression: {@code split} and {@code replace} take plain text.
 */
final class ValueMethods {

    /** How a method calls back into the interpreter: a block's body, and the bounds. */
    interface Runtime {
        Object invoke(Interpreter.BlockValue block, Pos pos, List<Object> arguments);

        Limits limits();
    }

    static final Set<String> NAMES = Stream.of(TextMethods.NAMES, CollectionMethods.NAMES)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private ValueMethods() {
    }

    static Object call(Runtime runtime, Pos pos, Object receiver, String name, List<Object> arguments) {
        if (receiver instanceof String || receiver instanceof Number || receiver instanceof Boolean) {
            if (TextMethods.NAMES.contains(name)) {
                return TextMethods.call(runtime, pos, receiver, name, arguments);
            }
        } else if (receiver instanceof List<?> || receiver instanceof java.util.Map<?, ?> || receiver instanceof java.util.Map.Entry<?, ?>) {
            if (CollectionMethods.NAMES.contains(name)) {
                return CollectionMethods.call(runtime, pos, receiver, name, arguments);
            }
        }
        throw noSuch(pos, receiver, name);
    }

    static EvalError noSuch(Pos pos, Object receiver, String name) {
        return new EvalError(pos, name + "() is not a method of " + TextValues.describe(receiver));
    }

    static EvalError wrongArguments(Pos pos, String name, String takes) {
        return new EvalError(pos, name + " takes " + takes);
    }
}
