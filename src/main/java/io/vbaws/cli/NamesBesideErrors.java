package io.vbaws.cli;

import io.vbaws.declaration.Declarations;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.ScriptErrors;
import io.vbaws.inventory.InventoryIndex;
import io.vbaws.inventory.PolicyResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A run whose scripts have errors still checks, against the appliance, the names of the policies
 * no error touches, so one run lists every error of every file (a misspelled template in one file
 * is not hidden behind a bad number in another). When the appliance cannot be read, the script
 * errors are reported alone.
 */
final class NamesBesideErrors {
    private NamesBesideErrors() {
    }

    /** {@code failure} with the name errors and warnings of its untouched policies, in file and line order. */
    static ScriptErrors withNames(ScriptErrors failure, Function<Declarations, InventoryIndex> inventory, List<Path> files) {
        Declarations untouched = failure.unaffected();
        if (untouched.policies().isEmpty()) {
            return failure;
        }
        List<ScriptError> found;
        try {
            found = new PolicyResolver(inventory.apply(untouched)).resolve(untouched).warnings();
        } catch (ScriptErrors names) {
            found = names.errors();
        } catch (RuntimeException unreadable) {
            return failure; // the appliance's own error comes once the scripts are fixed
        }
        List<ScriptError> all = new ArrayList<>();
        for (ScriptError problem : failure.errors()) {
            // An offline guess (an unknown region code is a warning offline) gives way to the appliance's answer.
            boolean answered = !problem.isError() && found.stream().anyMatch(f -> f.at().equals(problem.at()));
            if (!answered) {
                all.add(problem);
            }
        }
        for (ScriptError problem : found) {
            if (!all.contains(problem)) {
                all.add(problem);
            }
        }
        return new ScriptErrors(ScriptErrors.inFileOrder(all, files.stream().map(Path::toString).toList()));
    }
}
