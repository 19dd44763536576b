package io.vbaws.inventory;

/** The kinds of appliance object a policy refers to by ID. */
public enum IdKind {
    REGION("region"),
    INSTANCE("instance"),
    TAG("tag"),
    VOLUME("volume"),
    ACCOUNT("IAM role"),
    ORGANIZATION("organization"),
    ORGANIZATION_UNIT("organizational unit"),
    ORGANIZATION_MEMBER("organization member"),
    SLA_TEMPLATE("SLA template"),
    STORAGE_TEMPLATE("storage template"),
    ENCRYPTION_KEY("encryption key");

    private final String noun;

    IdKind(String noun) {
        this.noun = noun;
    }

    /** What a user calls this kind of thing, for messages: "SLA template". */
    public String noun() {
        return noun;
    }
}
