package io.vbaws.dsl;

/** The word {@code none}: {@code storage none} clears a setting the appliance has, where leaving it out keeps it. */
public enum Cleared {
    /** No value: the setting is removed. */
    NONE
}
