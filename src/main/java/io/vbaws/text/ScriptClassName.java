package io.vbaws.text;

/**
 * The class name Groovy gives a script read from a file or typed at a prompt: the file's base name
 * with every character a Java name cannot hold replaced, so compiler messages and stack frames
 * name the file the user knows.
 */
public final class ScriptClassName {
    private ScriptClassName() {
    }

    /** {@code maintenance-window.groovy} (or a path to it) becomes {@code maintenance_window.groovy}. */
    public static String of(String source) {
        String base = source.replaceAll(".*[/\\\\]", "").replaceAll("\\.groovy$", "");
        StringBuilder s = new StringBuilder();
        for (char c : base.toCharArray()) {
            s.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        if (s.length() == 0 || !Character.isJavaIdentifierStart(s.charAt(0))) {
            s.insert(0, '_');
        }
        return s + ".groovy";
    }
}
