package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;
import java.util.List;

/** The statements of the policy language: a closed set, lowered from Groovy's AST. */
sealed interface Stmt {

    /** Where the statement starts in its file. */
    Pos pos();

    /** An expression evaluated for its effect, or the value of a block's last statement. */
    record Evaluate(Pos pos, Expr expression) implements Stmt {
    }

    /** {@code def name = value} (or a typed declaration, the type ignored). */
    record Declare(Pos pos, String name, Expr value) implements Stmt {
    }

    /** {@code if (c) { } else { }}. */
    record If(Pos pos, Expr condition, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
    }

    /** {@code for (x in items) { }}. */
    record ForEach(Pos pos, String variable, Expr items, List<Stmt> body) implements Stmt {
    }

    /** {@code for (init; condition; update) { }}; also {@code while (condition) { }} with no init or update. */
    record Loop(Pos pos, List<Stmt> init, Expr condition, List<Expr> update, List<Stmt> body) implements Stmt {
    }

    /** {@code break}. */
    record Break(Pos pos) implements Stmt {
    }

    /** {@code continue}. */
    record Continue(Pos pos) implements Stmt {
    }

    /** {@code return value}; value null for a bare return. */
    record Return(Pos pos, Expr value) implements Stmt {
    }

    /** {@code { ... }} as a statement. */
    record Group(Pos pos, List<Stmt> body) implements Stmt {
    }
}
