package io.vbaws.api;

import java.util.Collection;
import okhttp3.HttpUrl;

/**
 * A request's address under the API root and its query parameters, built up once; the page a
 * walker asks for is added by {@link #page}, the one place Offset and Limit are written.
 */
final class Query {
    private final HttpUrl.Builder url;
    private String path;

    private Query(HttpUrl.Builder url, String path) {
        this.url = url;
        this.path = path;
    }

    /** {@code segments} (slash-separated) under {@code root}. */
    static Query under(HttpUrl root, String segments) {
        return new Query(root.newBuilder().addPathSegments(segments), "/" + segments);
    }

    /** One more path segment, encoded (an id). */
    Query segment(String value) {
        url.addPathSegment(value);
        path = path + "/" + value;
        return this;
    }

    /** A parameter, left out when {@code value} is null. */
    Query param(String name, Object value) {
        if (value != null) {
            url.addQueryParameter(name, value.toString());
        }
        return this;
    }

    /** A parameter repeated once per value. */
    Query params(String name, Collection<String> values) {
        values.forEach(v -> url.addQueryParameter(name, v));
        return this;
    }

    /** The path below the API root, for messages: {@code /policy/ec2SlaBasedPolicies/ID}. */
    String path() {
        return path;
    }

    HttpUrl url() {
        return url.build();
    }

    /** The window of a collection to answer with (nulls: the appliance's default). */
    Query window(Integer offset, Integer limit) {
        return param("Offset", offset).param("Limit", limit);
    }

    /** The URL of one page of this collection; this query stays as it was. */
    HttpUrl page(int offset, int limit) {
        return new Query(url.build().newBuilder(), path).window(offset, limit).url();
    }
}
