package io.vbaws.repl;

import java.util.function.Consumer;

/** What the prompt's functions reach: the queries, and a way to print a value as results print. */
public record ScriptServices(SlaQueries queries, Consumer<Object> show) {
}
