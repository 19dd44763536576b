package io.vbaws.runbook;

import io.vbaws.text.NameSuggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters a runbook declares: the values of a run, checked before it starts, and their help. */
public record RunbookParams(List<RunbookParam> declared) {

    public RunbookParams {
        declared = List.copyOf(declared);
    }

    /**
     * The value of every declared parameter from the {@code --param} texts given: converted to its
     * type, else its default. An unknown name, a missing required one or a bad value is an error
     * naming the parameter.
     */
    public Map<String, Object> resolve(Map<String, String> given) {
        List<String> names = declared.stream().map(RunbookParam::name).toList();
        for (String key : given.keySet()) {
            if (!names.contains(key)) {
                List<String> near = new NameSuggestions(3).closest(key, names);
                throw new RunbookException("--param " + key + ": this runbook declares no such parameter"
                        + (!near.isEmpty() ? "; closest: " + String.join(", ", near)
                                : names.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", names)));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (RunbookParam p : declared) {
            String text = given.get(p.name());
            if (text != null) {
                values.put(p.name(), p.convert(text));
            } else if (p.required()) {
                missing.add(p.name());
            } else {
                values.put(p.name(), p.defaultValue() == null ? null : p.convert(String.valueOf(
                        p.defaultValue() instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                                : p.defaultValue())));
            }
        }
        if (!missing.isEmpty()) {
            throw new RunbookException("--param " + missing.get(0) + " is required"
                    + (missing.size() > 1 ? " (and " + String.join(", ", missing.subList(1, missing.size())) + ")" : "")
                    + ": " + describe(declared.stream().filter(p -> p.name().equals(missing.get(0))).findFirst()
                            .orElseThrow()));
        }
        return values;
    }

    /** One line per parameter: name, type, required or default, and what it is for. */
    public String help() {
        if (declared.isEmpty()) {
            return "This runbook takes no parameters.";
        }
        StringBuilder s = new StringBuilder("Parameters (--param NAME=VALUE):\n");
        int width = declared.stream().mapToInt(p -> p.name().length()).max().orElse(0);
        for (RunbookParam p : declared) {
            s.append(String.format("  %-" + width + "s  %s", p.name(), describe(p))).append('\n');
        }
        return s.toString();
    }

    private static String describe(RunbookParam p) {
        String when = p.required() ? "required" : p.defaultValue() == null ? "optional" : "default " + p.defaultValue();
        return p.type() + ", " + when + (p.description() == null ? "" : "; " + p.description());
    }
}
