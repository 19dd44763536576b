package io.vbaws.dsl;

/** The blocks of the DSL, each with the name a script and its messages use for it. */
enum DslBlock {
    SCRIPT("a script"),
    POLICY("slaPolicy"),
    SNAPSHOTS("snapshots"),
    GUEST("windows/linux"),
    REPLICAS("replicas"),
    /** Inside a function: which block the function runs in is known only when it runs. */
    UNKNOWN("a function");

    private final String displayName;

    DslBlock(String displayName) {
        this.displayName = displayName;
    }

    /** The block as messages name it: {@code slaPolicy}, {@code snapshots}. */
    String displayName() {
        return displayName;
    }
}
