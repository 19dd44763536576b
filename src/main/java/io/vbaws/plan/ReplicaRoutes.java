package io.vbaws.plan;

import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.ReplicaSettings;
import io.vbaws.api.model.SlaPolicySpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A policy's replica mappings keyed by source region: one route per source region. */
final class ReplicaRoutes {
    private ReplicaRoutes() {
    }

    /** The mappings of {@code spec}, or null when it does not set them. */
    static List<ReplicaMapping> of(SlaPolicySpec spec) {
        ReplicaSettings settings = spec == null ? null : spec.replicaSettings();
        return settings == null ? null : settings.mapping();
    }

    /** The mappings by source region ID, in their order; null mappings are none. */
    static Map<String, ReplicaMapping> bySource(List<ReplicaMapping> mappings) {
        Map<String, ReplicaMapping> routes = new LinkedHashMap<>();
        if (mappings != null) {
            for (ReplicaMapping mapping : mappings) {
                routes.putIfAbsent(mapping.sourceRegionId(), mapping);
            }
        }
        return routes;
    }

    /** A source region that two mappings share, or null when each has its own. */
    static String repeatedSource(List<ReplicaMapping> mappings) {
        if (mappings == null) {
            return null;
        }
        Map<String, ReplicaMapping> seen = new LinkedHashMap<>();
        for (ReplicaMapping mapping : mappings) {
            if (seen.putIfAbsent(mapping.sourceRegionId(), mapping) != null) {
                return mapping.sourceRegionId();
            }
        }
        return null;
    }
}
