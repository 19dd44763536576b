package io.vbaws.dsl;

import groovy.lang.Closure;
import java.util.function.Consumer;

/**
 * The Closure forms of the contexts' entries, for Groovy code that builds policies in-process
 * (runbooks, specs) and for IDEs, which follow their {@code @DelegatesTo}: a closure runs with the
 * context as its delegate, delegate first. Policy scripts never reach this: the interpreter runs
 * their blocks itself.
 */
final class GroovyBlocks {

    private GroovyBlocks() {
    }

    /** {@code body} as a consumer of the context it is to run with. */
    static <C> Consumer<C> delegatingTo(Closure<?> body) {
        return context -> {
            Closure<?> block = body.rehydrate(context, body.getOwner(), body.getThisObject());
            block.setResolveStrategy(Closure.DELEGATE_FIRST);
            // A closure may take the context as its parameter ({ snapshots -> ... }) instead of as its delegate.
            if (block.getMaximumNumberOfParameters() == 0) {
                block.call();
            } else {
                block.call(context);
            }
        };
    }
}
