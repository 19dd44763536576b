package io.vbaws.declaration;

/**
 * A policy's description on the appliance, read as the user's text and whether it carries the line
 * vbaws adds for {@code protect true}. SLA policies have no tags or labels and vbaws keeps no local
 * state, so the description's last line is where protection is recorded: on the appliance, where a
 * laptop, CI and a nightly run all read it.
 *
 * @param text the description without the mark; null when the appliance has no description
 * @param marked whether the description's last line is {@link #LINE}
 */
public record ProtectionMark(String text, boolean marked) {

    /** The line vbaws owns: the last line of a protected policy's description, exactly this. */
    public static final String LINE = "[vbaws: protect true]";

    /**
     * The user's text and the mark of a description as the appliance holds it. Reading is tolerant:
     * trailing whitespace after the mark and {@code \r\n} line ends still read as marked.
     */
    public static ProtectionMark split(String description) {
        if (description == null) {
            return new ProtectionMark(null, false);
        }
        String trimmed = description.stripTrailing();
        if (!trimmed.endsWith(LINE)) {
            return new ProtectionMark(description, false);
        }
        String before = trimmed.substring(0, trimmed.length() - LINE.length());
        if (before.isEmpty()) {
            return new ProtectionMark("", true);
        }
        if (!before.endsWith("\n")) {
            // The user's own words end with something like the mark, but it is not a line of its own.
            return new ProtectionMark(description, false);
        }
        String text = before.substring(0, before.length() - 1);
        return new ProtectionMark(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, true);
    }

    /** The description to send: {@code text} with the mark as its own last line when {@code marked}. */
    public static String join(String text, boolean marked) {
        if (!marked) {
            return text;
        }
        return text == null || text.isEmpty() ? LINE : text + "\n" + LINE;
    }

    /**
     * The description a script wants, given the live one ({@code null} for a new policy): its own
     * text and protection where it writes them, the appliance's where it does not. Null when the
     * script writes neither, so the description is left alone.
     *
     * @param declaredText the script's {@code description}, or null when not written
     * @param declaredProtect the script's {@code protect}, or null when not written
     */
    public static String wanted(String declaredText, Boolean declaredProtect, String liveDescription) {
        if (declaredText == null && declaredProtect == null) {
            return null;
        }
        ProtectionMark live = split(liveDescription);
        return join(declaredText != null ? declaredText : live.text(),
                declaredProtect != null ? declaredProtect : live.marked());
    }
}
