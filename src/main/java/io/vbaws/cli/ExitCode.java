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

    /** The list picocli prints under "Exit codes:" in a command's help; only plan's has 2. */
    static Map<String, String> helpList(boolean plan) {
        Map<String, String> codes = new LinkedHashMap<>();
        if (plan) {
            codes.put("0", "Success (--detailed-exitcode: no changes)");
            codes.put("1", "Error: bad input, appliance error, a refused plan");
            codes.put("2", "--detailed-exitcode only: changes present");
        } else {
            codes.put("0", "Success");
            codes.put("1", "Error: bad input, appliance error, failed or refused apply");
        }
        return codes;
    }
}
