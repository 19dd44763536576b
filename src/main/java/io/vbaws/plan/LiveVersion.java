package io.vbaws.plan;

/** A live policy as the plan read it: a later apply refuses the plan when this usn moved. */
public record LiveVersion(String name, String id, Long usn) {
}
