package io.vbaws.dsl;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Groovy's truth, equality, order and text of the values a script computes with. */
final class Values {

    private Values() {
    }

    /** Groovy truth: null, false, 0, "" and empty lists and maps are false. */
    static boolean truth(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof Number number) {
            return Numbers.compare(number, 0) != 0;
        }
        if (value instanceof CharSequence text) {
            return !text.isEmpty();
        }
        if (value instanceof Collection<?> items) {
            return !items.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return true;
    }

    /** Groovy's {@code ==}: numbers by value, lists and maps item by item. */
    static boolean same(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return Numbers.compare(a, b) == 0;
        }
        if (left instanceof List<?> a && right instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<?> i = a.iterator();
            Iterator<?> j = b.iterator();
            while (i.hasNext()) {
                if (!same(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        if (left instanceof Map<?, ?> a && right instanceof Map<?, ?> b) {
            return a.size() == b.size() && a.entrySet().stream().allMatch(e -> b.containsKey(e.getKey()) && same(e.getValue(), b.get(e.getKey())));
        }
        return Objects.equals(left, right);
    }

    /** Groovy's order of two numbers or two texts; null when they have none. */
    static Integer order(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return Numbers.compare(a, b);
        }
        if (left instanceof String a && right instanceof String b) {
            return Integer.signum(a.compareTo(b));
        }
        return null;
    }

    /** The text of a value as Groovy writes it in a string: {@code [a, b]}, {@code [k:v]}. */
    static String show(Object value) {
        StringBuilder text = new StringBuilder();
        show(value, text);
        return text.toString();
    }

    private static void show(Object value, StringBuilder text) {
        if (text.length() > Limits.MAX_TEXT) {
            return;
        }
        if (value instanceof BigDecimal decimal) {
            text.append(decimal.toPlainString());
        } else if (value instanceof List<?> list) {
            text.append('[');
            String separator = "";
            for (Object item : list) {
                text.append(separator);
                show(item, text);
                separator = ", ";
            }
            text.append(']');
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                text.append("[:]");
                return;
            }
            text.append('[');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                text.append(separator);
                show(entry.getKey(), text);
                text.append(':');
                show(entry.getValue(), text);
                separator = ", ";
            }
            text.append(']');
        } else if (value instanceof Map.Entry<?, ?> entry) {
            show(entry.getKey(), text);
            text.append('=');
            show(entry.getValue(), text);
        } else if (value instanceof Interpreter.BlockValue) {
            text.append("a block { ... }");
        } else {
            text.append(value);
        }
    }
}
