package io.vbaws.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a query returns: a plain, mutable list of rows (ordered maps with the API's field names),
 * so Groovy's {@code findAll}, {@code sort} and {@code groupBy} work on it as on any list; plus a
 * caption saying what was asked, and an optional summary the API gives beside the rows (the
 * {@code statistics} of slaInstances, the totals of a cost estimate).
 */
public final class QueryResult extends ArrayList<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final String caption;
    private final String summaryName;
    private final Map<String, Object> summary;

    public QueryResult(String caption, Collection<Map<String, Object>> rows) {
        this(caption, rows, null, Map.of());
    }

    public QueryResult(String caption, Collection<Map<String, Object>> rows, String summaryName,
            Map<String, Object> summary) {
        super(rows);
        this.caption = caption;
        this.summaryName = summaryName;
        this.summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    /** One line saying what these rows answer, or null. */
    public String getCaption() {
        return caption;
    }

    /** The name the API gives the summary ({@code statistics}, {@code totals}), or null when there is none. */
    public String getSummaryName() {
        return summaryName;
    }

    /** The summary beside the rows; empty when there is none. */
    public Map<String, Object> getSummary() {
        return summary;
    }


    /** The rows, as a plain list. */
    public List<Map<String, Object>> rows() {
        return new ArrayList<>(this);
    }
}
