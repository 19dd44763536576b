package io.vbaws.runbook;

/** Text made safe inside HTML and SVG: markup characters as entities, controls as visible escapes. */
final class HtmlText {
    private HtmlText() {
    }

    static String escape(Object value) {
        String text = io.vbaws.text.TerminalText.printable(value == null ? "" : String.valueOf(value));
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
