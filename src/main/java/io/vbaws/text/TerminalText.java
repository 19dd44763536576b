package io.vbaws.text;

/**
 * Text that is safe to put on a terminal. A name or value that comes from the appliance or a
 * script may hold characters that act on the terminal instead of showing: C0 and C1 controls (ESC
 * starts sequences that retitle the window or repaint lines), DEL, bidirectional overrides that
 * make text read backwards, and invisible characters that make two names look the same. Every
 * line that reaches a terminal passes such values through here.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** {@code text} with every character that is not plainly visible written as an escape; the rest untouched. */
    public static String printable(String text) {
        return escaped(text, false);
    }

    /** {@code text} in double quotes, as a Groovy or JSON string literal would write it, with the same escapes. */
    public static String quoted(String text) {
        return '"' + escaped(text, true) + '"';
    }

    /** Whether {@code c} would act on a terminal or hide instead of showing as itself. */
    public static boolean isUnsafe(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || c == 0x061c                       // Arabic letter mark
                || c == 0x00ad                       // soft hyphen
                || (c >= 0x200b && c <= 0x200f)      // zero-width characters and directional marks
                || (c >= 0x2028 && c <= 0x202e)      // line and paragraph separators, embeddings, overrides
                || (c >= 0x2060 && c <= 0x2069)      // word joiner, invisible operators, isolates
                || c == 0xfeff;                      // zero-width no-break space
    }

    private static String escaped(String text, boolean quoted) {
        if (text == null) {
            return quoted ? "null" : "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append(quoted ? "\\\"" : "\"");
                case '\\' -> out.append(quoted ? "\\\\" : "\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (isUnsafe(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
