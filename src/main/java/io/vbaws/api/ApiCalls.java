package io.vbaws.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.Page;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * The requests under {@link ApplianceClient}: a query sent with the current token (renewed once
 * when the appliance says it expired), its answer read as a record and checked, and collections
 * walked page by page. Everything the appliance sends passes a check here before a layer above sees it.
 */
final class ApiCalls implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json");

    private final ObjectMapper mapper;
    private final HttpExchange exchange;
    private final AccessTokens tokens;
    private final HttpUrl root;
    private final PageWalker pages;
    private final InFlightLimit limit;

    ApiCalls(ObjectMapper mapper, HttpExchange exchange, AccessTokens tokens, HttpUrl root, int pageSize) {
        this(mapper, exchange, tokens, root, new PageWalker(pageSize), InFlightLimit.none());
    }

    private ApiCalls(ObjectMapper mapper, HttpExchange exchange, AccessTokens tokens, HttpUrl root, PageWalker pages,
                     InFlightLimit limit) {
        this.mapper = mapper;
        this.exchange = exchange;
        this.tokens = tokens;
        this.root = root;
        this.pages = pages;
        this.limit = limit;
    }

    /** The same calls, over the same connections and token, with at most {@code requests} of their own in flight. */
    ApiCalls limitedTo(int requests) {
        return new ApiCalls(mapper, exchange, tokens, root, pages, InFlightLimit.of(requests));
    }

    /** A query for {@code segments} (slash-separated) under the API root. */
    Query at(String segments) {
        return Query.under(root, segments);
    }

    /** Every item of a collection of {@code item} records, each passing {@code check}. */
    <T> List<T> all(Query query, Class<T> item, RecordCheck<T> check) {
        JavaType type = mapper.getTypeFactory().constructParametricType(Page.class, item);
        return walk(query, type, (Page<T> p) -> new PageSlice<>(p.results(), p.totalCount()), check).items();
    }

    /** A collection whose envelope says more than its items (its first page is kept). */
    <P, T> PageWalker.Walked<P, T> walk(Query query, JavaType envelope, Function<P, PageSlice<T>> slice,
            RecordCheck<T> check) {
        return pages.walk(new PageWalker.Collection<>(query, url -> read("GET", url, query.path(), null, Resend.WHEN_SAFE,
                envelope), slice, check));
    }

    /** One page, unwalked (endpoints that do not page, or a page the caller chose): its results, checked. */
    <T> List<T> onePage(Query query, Class<T> item) {
        return page(query, item, RecordCheck.none()).results();
    }

    /** The page at {@code query}, checked like every page of a walk. */
    <T> Page<T> page(Query query, Class<T> item, RecordCheck<T> check) {
        Page<T> page = get(query, mapper.getTypeFactory().constructParametricType(Page.class, item));
        PageWalker.check(query, page == null || page.offset() == null ? 0 : page.offset(),
                page == null ? null : new PageSlice<>(page.results(), page.totalCount()), check);
        return page;
    }

    <T> T get(Query query, JavaType type) {
        return read("GET", query.url(), query.path(), null, Resend.WHEN_SAFE, type);
    }

    /** One record, which must be there and pass {@code check}. */
    <T> T record(String method, Query query, RequestBody body, Resend resend, Class<T> type, RecordCheck<T> check) {
        T value = read(method, query.url(), query.path(), body, resend, type(type));
        return checked(method, query, value == null ? "an empty answer" : check.problem(value), value);
    }

    /** A record the appliance may leave out (an update answered 204); when it is there, it must pass {@code check}. */
    <T> T optionalRecord(String method, Query query, RequestBody body, Class<T> type, RecordCheck<T> check) {
        T value = read(method, query.url(), query.path(), body, Resend.WHEN_SAFE, type(type));
        return checked(method, query, value == null ? null : check.problem(value), value);
    }

    private static <T> T checked(String method, Query query, String problem, T value) {
        if (problem != null) {
            throw ApiException.malformed(200, method, query.path(), method + " " + query.url().encodedPath()
                    + ": the appliance sent " + problem);
        }
        return value;
    }

    /** A request whose answer carries nothing we read. */
    void send(String method, Query query, RequestBody body) {
        read(method, query.url(), query.path(), body, Resend.WHEN_SAFE, null);
    }

    /** The raw text of an answer (an export in CSV or XML). */
    String text(String method, Query query, RequestBody body, String accept) {
        return authorized(new ApiRequest(method, query.url(), query.path(), body, accept, Resend.WHEN_SAFE)).body();
    }

    JavaType type(Class<?> c) {
        return mapper.getTypeFactory().constructType(c);
    }

    RequestBody json(Object body) {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write request body: " + e.getOriginalMessage(), e);
        }
    }

    static RequestBody empty() {
        return RequestBody.create(new byte[0], null);
    }

    private <T> T read(String method, HttpUrl url, String path, RequestBody body, Resend resend, JavaType type) {
        ApiRequest request = new ApiRequest(method, url, path, body, "application/json", resend);
        ApiResponse response = authorized(request);
        if (type == null || response.body().isBlank()) {
            return null;
        }
        try {
            return mapper.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new ApiException(response.status(), ApiValues.ErrorCode.UNEXPECTED_CONTENT,
                    "The appliance's answer is not the expected JSON", e.getOriginalMessage(), method, path, e);
        }
    }

    /** Sends with the current token; an ExpiredToken 401 refreshes the token and tries once more. */
    private ApiResponse authorized(ApiRequest request) {
        String token = tokens.current();
        try {
            return exchange.execute(request, token, limit);
        } catch (ApiException e) {
            if (e.status() == 401 && ApiValues.ErrorCode.EXPIRED_TOKEN.equals(e.errorCode())) {
                return exchange.execute(request, tokens.renewAfterExpiry(token), limit);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        pages.close();
    }
}
