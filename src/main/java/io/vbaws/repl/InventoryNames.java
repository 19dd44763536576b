package io.vbaws.repl;

import java.util.List;

/** The names Tab completion offers from the appliance: policies, instances, region codes, templates. */
public record InventoryNames(List<String> policies, List<String> instances, List<String> regions,
        List<String> templates) {

    public InventoryNames {
        policies = List.copyOf(policies);
        instances = List.copyOf(instances);
        regions = List.copyOf(regions);
        templates = List.copyOf(templates);
    }

    public static InventoryNames empty() {
        return new InventoryNames(List.of(), List.of(), List.of(), List.of());
    }
}
