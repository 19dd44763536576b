package io.vbaws.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The REPL's help, by topic, from {@code help.txt} beside this class. */
public final class HelpText {
    private final Map<String, String> topics;

    private HelpText(Map<String, String> topics) {
        this.topics = topics;
    }

    /** The bundled help. */
    public static HelpText bundled() {
        try (InputStream in = HelpText.class.getResourceAsStream("help.txt")) {
            if (in == null) {
                throw new IllegalStateException("help.txt is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HelpText parse(String text) {
        Map<String, String> topics = new LinkedHashMap<>();
        String topic = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                if (topic != null) {
                    topics.put(topic, body.toString().stripTrailing());
                }
                topic = line.substring(1, line.length() - 1);
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (topic != null) {
            topics.put(topic, body.toString().stripTrailing());
        }
        return new HelpText(topics);
    }

    /** The overview, shown by a bare {@code :help}. */
    public String overview() {
        return topics.get("overview");
    }

    /** The help of a function or command ({@code instances}, {@code :load}, {@code load}), or null. */
    public String topic(String name) {
        String n = name.trim();
        if (n.endsWith("()")) {
            n = n.substring(0, n.length() - 2);
        }
        String text = topics.get(n);
        return text != null || n.startsWith(":") ? text : topics.get(":" + n);
    }

    /** Every topic but the overview. */
    public List<String> topics() {
        return topics.keySet().stream().filter(t -> !t.equals("overview")).toList();
    }
}
