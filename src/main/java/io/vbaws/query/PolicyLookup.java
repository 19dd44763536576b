package io.vbaws.query;

import io.vbaws.text.NameSuggestions;
import io.vbaws.api.model.SlaPolicy;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Finds the policy a user named, by ID or by name (exact first, then ignoring case). A name two
 * policies share is ambiguous and lists both IDs; an unknown one lists the closest names.
 */
public final class PolicyLookup {
    private final NameSuggestions closest = new NameSuggestions(3);

    /** The one policy {@code reference} names among {@code policies}. */
    public SlaPolicy find(String reference, List<SlaPolicy> policies) {
        if (reference == null || reference.isBlank()) {
            throw new QueryException("name a policy by its name or ID, e.g. \"legacy-nightly\"");
        }
        String ref = reference.trim();
        for (SlaPolicy p : policies) {
            if (ref.equalsIgnoreCase(p.id())) {
                return p;
            }
        }
        List<SlaPolicy> named = policies.stream().filter(p -> ref.equals(p.name())).toList();
        if (named.isEmpty()) {
            named = policies.stream().filter(p -> p.name() != null
                    && p.name().toLowerCase(Locale.ROOT).equals(ref.toLowerCase(Locale.ROOT))).toList();
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new QueryException("policy name '" + ref + "' is ambiguous: " + named.size()
                    + " policies have it (" + named.stream().map(p -> p.name() + " id " + p.id())
                            .collect(Collectors.joining(", ")) + "); name one by its ID");
        }
        List<String> names = policies.stream().map(SlaPolicy::name).toList();
        List<String> near = closest.closest(ref, names);
        String hint = !near.isEmpty() ? "; closest: " + String.join(", ", near)
                : names.isEmpty() ? "; the appliance has no SLA-based policies"
                : names.size() <= 8 ? "; policies: " + String.join(", ", names)
                : "; policies() lists them";
        throw new QueryException("no policy '" + ref + "' on the appliance" + hint);
    }
}
