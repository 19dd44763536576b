package io.vbaws.inventory;

/**
 * Turns an appliance ID back into the name a user wrote, so plans speak in names, not IDs. An ID
 * the inventory does not know comes back as itself.
 */
@FunctionalInterface
public interface IdNames {

    /** The display name of {@code id}: for example {@code us-east-1}, {@code web-01}, {@code env=prod}. */
    String nameOf(IdKind kind, String id);

    /** Names nothing: every ID stands for itself. For tests and for plans without an inventory. */
    IdNames IDS = (kind, id) -> id;
}
