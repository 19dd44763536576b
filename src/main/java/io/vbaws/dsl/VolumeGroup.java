package io.vbaws.dsl;

/** A group of volumes a script names by a word: {@code exclude volumes: system}. */
public enum VolumeGroup {
    /** Every instance's system (root) volume. */
    SYSTEM
}
