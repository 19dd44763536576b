package io.vbaws.declaration;

/** The settings of a policy declaration, by the word a script uses for each; keys of its places. */
public enum PolicySetting {
    DESCRIPTION("description"),
    IDENTITY("account/organization"),
    REGIONS("regions"),
    TEMPLATE("template"),
    STORAGE("storage"),
    INCLUDE("include"),
    EXCLUDE("exclude"),
    SNAPSHOTS("snapshots"),
    SNAPSHOT_TAGS("snapshots.tags"),
    SNAPSHOT_COPY_TAGS("snapshots.copyTagsFromVolume"),
    SNAPSHOT_VSS("snapshots.vss"),
    WINDOWS_SCRIPTS("snapshots.windows"),
    LINUX_SCRIPTS("snapshots.linux"),
    REPLICAS("replicas"),
    REPLICA_TAGS("replicas.tags"),
    REPLICA_COPY_TAGS("replicas.copyTagsFromVolume"),
    RETRIES("retries"),
    NOTIFY("notify"),
    WORKERS("workers"),
    ENABLED("enabled"),
    PRIORITY("priority"),
    PROTECT("protect");

    private final String word;

    PolicySetting(String word) {
        this.word = word;
    }

    /** What the script writes: {@code retries}, {@code snapshots.tags}. */
    public String word() {
        return word;
    }

    /** The word alone, without its block: {@code tags} for {@code snapshots.tags}. */
    public String lastWord() {
        return word.substring(word.lastIndexOf('.') + 1);
    }
}
