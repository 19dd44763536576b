package io.vbaws.repl;

import io.vbaws.query.QueryFunctions;
import java.util.function.Consumer;

/** What the prompt's functions reach: the query functions, and a way to print a value as results print. */
public record ScriptServices(QueryFunctions functions, Consumer<Object> show) {
}
