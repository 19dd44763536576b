package io.vbaws.dsl;

import io.vbaws.declaration.PolicyDeclaration;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.ScriptError;
import java.util.List;

/**
 * What one script file declares on its own, before the run's checks across files: its policies
 * (file defaults applied), its protect rules, and its problems (errors and warnings). It depends on
 * the file's name and text alone, which is what lets {@link ScriptCache} keep it.
 */
public record FileDeclarations(List<PolicyDeclaration> policies, List<ProtectRule> protectRules, List<ScriptError> problems) {

    public FileDeclarations {
        policies = List.copyOf(policies);
        protectRules = List.copyOf(protectRules);
        problems = List.copyOf(problems);
    }

    /** A file that declares nothing because of {@code problems}. */
    public static FileDeclarations refused(List<ScriptError> problems) {
        return new FileDeclarations(List.of(), List.of(), problems);
    }
}
