package io.vbaws.cli;

import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.ScriptErrors;
import java.io.PrintWriter;

/** Prints every script error of a run, one per entry, and a count; no stack trace. */
final class ScriptErrorReport {
    private ScriptErrorReport() {
    }

    static int print(ScriptErrors failure, int files, PrintWriter err) {
        for (ScriptError error : failure.errors()) {
            err.println(error.render());
        }
        err.println(count(files, "file", "files") + ": " + count(failure.errors().size(), "error", "errors") + ".");
        err.flush();
        return ExitCode.ERROR;
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
