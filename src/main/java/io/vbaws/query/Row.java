package io.vbaws.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a query result being built: each column named beside its value, in the order the
 * table shows them, so no call pairs keys and values by position.
 */
public final class Row {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Row() {
    }

    /** A row starting with one column. */
    public static Row of(String column, Object value) {
        return new Row().and(column, value);
    }

    /** This row with one more column. */
    public Row and(String column, Object value) {
        values.put(column, value);
        return this;
    }

    /** The row as the ordered map a {@link QueryResult} holds. */
    public Map<String, Object> map() {
        return values;
    }
}
