package io.vbaws.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parameter a runbook declares at its top ({@code param "hours", type: Integer, default: 4}):
 * its name, type, whether it must be given, its default and what it is for.
 */
public record RunbookParam(String name, ParamType type, boolean required, Object defaultValue, String description,
        int line) {

    public RunbookParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The types a parameter may have, each read from the text of {@code --param name=value}. */
    public enum ParamType {
        STRING("String"), INTEGER("Integer"), LONG("Long"), DOUBLE("Double"), BOOLEAN("Boolean"), LIST("List");

        private final String word;

        ParamType(String word) {
            this.word = word;
        }

        /** The type a script names ({@code String}, {@code Integer}, {@code int}, ...), or null. */
        public static ParamType named(String name) {
            String n = name == null ? "" : name.replaceFirst("^java\\.(lang|util)\\.", "");
            return switch (n) {
                case "String", "CharSequence", "GString" -> STRING;
                case "Integer", "int" -> INTEGER;
                case "Long", "long" -> LONG;
                case "Double", "double", "BigDecimal", "Number" -> DOUBLE;
                case "Boolean", "boolean" -> BOOLEAN;
                case "List", "Collection" -> LIST;
                default -> null;
            };
        }

        /** The value {@code text} stands for, or null when it cannot be read as this type. */
        Object read(String text) {
            String t = text.trim();
            try {
                return switch (this) {
                    case STRING -> text;
                    case INTEGER -> Integer.valueOf(t);
                    case LONG -> Long.valueOf(t);
                    case DOUBLE -> Double.valueOf(t);
                    case BOOLEAN -> switch (t.toLowerCase(Locale.ROOT)) {
                        case "true", "yes", "1" -> Boolean.TRUE;
                        case "false", "no", "0" -> Boolean.FALSE;
                        default -> null;
                    };
                    case LIST -> {
                        List<String> items = new ArrayList<>();
                        for (String item : t.split(",")) {
                            if (!item.isBlank()) {
                                items.add(item.trim());
                            }
                        }
                        yield items;
                    }
                };
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** How the type reads in help and errors. */
        @Override
        public String toString() {
            return word;
        }
    }

    /** The value of {@code text} for this parameter, or an error naming it. */
    public Object convert(String text) {
        Object value = type.read(text);
        if (value == null) {
            throw new RunbookException("--param " + name + ": '" + text + "' is not " + article(type) + " " + type
                    + (type == ParamType.BOOLEAN ? " (true or false)" : ""));
        }
        return value;
    }

    private static String article(ParamType type) {
        return type == ParamType.INTEGER ? "an" : "a";
    }
}
