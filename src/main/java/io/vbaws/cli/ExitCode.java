package io.vbaws.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The process exit codes of every command, listed in {@code --help}. */
public final class ExitCode {
    private ExitCode() {
    }

    /** Success; for {@code plan --detailed-exitcode}, success with no changes. */
    public static final int OK = 0;
    /** An error: bad input, an appliance error, a failed or refused apply, a usage mistake. */
    public static final int ERROR = 1;
    /** {@code plan --detailed-exitcode} only: success, and there are changes to apply. */
    public static final int CHANGES = 2;

    /** What code 1 means for each command, in what that command can do: only apply applies anything. */
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("vbaws", "Error (each command's --help says which errors it can give)"),
            Map.entry("plan", "Error: bad input, a script error, appliance error, a refused plan"),
            Map.entry("apply", "Error: bad input, a script error, appliance error, failed or refused apply"),
            Map.entry("validate", "Error: bad input, a script error (with --online: appliance error)"),
            Map.entry("repl", "Error: bad input, appliance error"),
            Map.entry("run", "Error: bad input, appliance error, a failed runbook"),
            Map.entry("report", "Error: bad input, appliance error, a file not written"),
            Map.entry("export", "Error: bad input, appliance error, a file not written"),
            Map.entry("status", "Error: bad input, appliance unreachable or login refused"),
            Map.entry("profiles", "Error: bad input, a damaged profiles file"),
            Map.entry("appliance", "Error: bad input, the appliance state could not be served or reset"));

    /** The list picocli prints under "Exit codes:" in the help of {@code command} (a top-level name); only plan's has 2. */
    static Map<String, String> helpList(String command) {
        Map<String, String> codes = new LinkedHashMap<>();
        boolean plan = command.equals("plan");
        codes.put("0", plan ? "Success (--detailed-exitcode: no changes)" : "Success");
        codes.put("1", ERRORS.getOrDefault(command, "Error: bad input"));
        if (plan) {
            codes.put("2", "--detailed-exitcode only: changes present");
        }
        return codes;
    }
}
