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

    /** The list picocli prints under "Exit codes:" in every command's help. */
    static Map<String, String> helpList() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "Success (plan --detailed-exitcode: no changes)");
        codes.put("1", "Error: bad input, appliance error, failed or refused apply");
        codes.put("2", "plan --detailed-exitcode: changes present");
        return codes;
    }
}
