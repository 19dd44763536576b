package io.vbaws.dsl;

import java.util.List;
import java.util.Map;

/** A lowered script: its top-level statements and the functions it defines with {@code def}. */
record Program(List<Stmt> statements, Map<String, Function> functions) {

    /** {@code def name(a, b = 1) { ... }}: parameter defaults are expressions like any other. */
    record Function(String name, List<String> parameters, List<Expr> defaults, List<Stmt> body) {
    }

    Program {
        statements = List.copyOf(statements);
        functions = Map.copyOf(functions);
    }
}
