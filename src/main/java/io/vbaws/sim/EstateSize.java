package io.vbaws.sim;

import java.util.Locale;

/**
 * How big a generated estate is: instances, tags, and extra generated policies beyond the three
 * seeded ones. The named core of the small estate is always part of it, so the counts are floors
 * raised to the core's size. Estates above {@value #EVERY_REGION_THRESHOLD} instances spread over
 * every region; smaller ones over the four regions of the small estate.
 */
public record EstateSize(String name, int instances, int tags, int policies) {

    /** The demo-sized default: about 80 instances in four regions. */
    public static final EstateSize SMALL = new EstateSize("small", 80, 40, 0);
    /** The benchmark estate: 20,000 instances, 2,000 tags, every region. */
    public static final EstateSize LARGE = new EstateSize("large", 20_000, 2_000, 0);

    static final int EVERY_REGION_THRESHOLD = 500;
    static final int MAX_INSTANCES = 500_000;
    static final int MAX_POLICIES = 5_000;

    public EstateSize {
        if (name == null || name.isBlank()) {
            name = "custom";
        }
        if (instances < 0 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException("instances must be between 0 and " + MAX_INSTANCES + ", not " + instances);
        }
        if (tags < 0 || tags > 100_000) {
            throw new IllegalArgumentException("tags must be between 0 and 100000, not " + tags);
        }
        if (policies < 0 || policies > MAX_POLICIES) {
            throw new IllegalArgumentException("policies must be between 0 and " + MAX_POLICIES + ", not " + policies);
        }
    }

    /**
     * Reads {@code small}, {@code large}, or explicit counts such as
     * {@code instances=5000,tags=500,policies=100} (missing counts come from the small estate).
     */
    public static EstateSize parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the estate is empty: expected small, large or counts like instances=5000,tags=500");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("small")) {
            return SMALL;
        }
        if (t.equals("large")) {
            return LARGE;
        }
        int instances = SMALL.instances;
        int tags = SMALL.tags;
        int policies = SMALL.policies;
        for (String part : t.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("estate '" + text + "': expected small, large or counts like instances=5000,tags=500,policies=100");
            }
            int value;
            try {
                value = Integer.parseInt(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("estate '" + text + "': " + kv[0].trim() + " is not a whole number: " + kv[1].trim());
            }
            switch (kv[0].trim()) {
                case "instances" -> instances = value;
                case "tags" -> tags = value;
                case "policies" -> policies = value;
                default -> throw new IllegalArgumentException("estate '" + text + "': unknown count '" + kv[0].trim()
                        + "' (expected instances, tags, policies)");
            }
        }
        return new EstateSize("custom", instances, tags, policies);
    }

    /** Whether generated instances spread over every region rather than the small estate's four. */
    public boolean everyRegion() {
        return instances > EVERY_REGION_THRESHOLD;
    }

    /** Same counts, whatever the name. */
    public boolean sameCounts(EstateSize other) {
        return other != null && instances == other.instances && tags == other.tags && policies == other.policies;
    }

    /** For messages: {@code small}, {@code large} or {@code instances=..,tags=..,policies=..}. */
    public String label() {
        if (sameCounts(SMALL)) {
            return "small";
        }
        if (sameCounts(LARGE)) {
            return "large";
        }
        return "instances=" + instances + ",tags=" + tags + ",policies=" + policies;
    }
}
