package io.vbaws.apply;

import io.vbaws.api.ApiException;
import io.vbaws.api.model.FieldProblem;
import io.vbaws.plan.DslWords;
import io.vbaws.plan.PolicyChange;
import java.util.ArrayList;
import java.util.List;

/**
 * An appliance's refusal of a policy body (400), said in the script's words and traced to where the
 * script declares the policy: {@code (prod.groovy, line 3) the appliance refused policy "prod-web":
 * workers role is required when workers production is true}.
 */
final class ApplianceRefusal {
    private ApplianceRefusal() {
    }

    /** Whether {@code e} is the appliance refusing what a change sent, rather than failing to answer. */
    static boolean isRefusal(RuntimeException e) {
        return e instanceof ApiException api && api.status() == 400;
    }

    /** The refusal of {@code change} in the script's words, with the policy's file and line when known. */
    static String describe(ApiException e, PolicyChange change) {
        List<String> problems = new ArrayList<>();
        for (FieldProblem problem : e.problems()) {
            String message = problem.message() == null ? "is refused" : problem.message();
            problems.add(problem.field() == null ? DslWords.inScriptWords(message)
                    : DslWords.of(problem.field()) + " " + DslWords.inScriptWords(message));
        }
        if (problems.isEmpty()) {
            problems.add(DslWords.inScriptWords(e.details() != null ? e.details() : e.title() != null ? e.title() : e.getMessage()));
        }
        String where = change.declaredAt() == null ? "" : change.declaredAt() + " ";
        return where + "the appliance refused policy \"" + change.policy() + "\": " + String.join("; ", problems);
    }
}
