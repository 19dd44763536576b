package io.vbaws.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.ApiError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The only place that puts requests on the wire. It adds the API version and bearer headers,
 * retries what may be retried (503, 504, connection failures) with jittered backoff, and turns
 * every non-2xx answer and transport failure into an {@link ApiException}. Debug lines show
 * method, path, status and time: never headers or bodies, which may hold secrets.
 */
final class HttpExchange implements AutoCloseable {
    private static final String RETRY_AFTER = "X-Vbaws-Retry-After";
    private final OkHttpClient http;
    private final TrustMaterial trust;
    private final ClientConfig config;
    private final ObjectMapper mapper;
    private final Random jitter = new Random();

    HttpExchange(ClientConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.trust = new TrustMaterial(config.trust());
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(Math.min(config.timeout().toMillis(), 15_000), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                // We retry ourselves, by the rules of RetryPolicy; OkHttp's silent retry would repeat creates.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                // OkHttp repeats any request answered 503 with "Retry-After: 0", a create included. Hide the
                // header from it under another name; our own retry loop reads it from there.
                .addNetworkInterceptor(chain -> {
                    Response r = chain.proceed(chain.request());
                    String after = r.header("Retry-After");
                    return after == null ? r
                            : r.newBuilder().removeHeader("Retry-After").header(RETRY_AFTER, after).build();
                });
        if ("https".equalsIgnoreCase(config.baseUri().getScheme())) {
            trust.applyTo(builder);
        }
        this.http = builder.build();
    }

    /** Sends a request, with retries if it is retryable; {@code bearer} may be null (the token request). */
    ApiResponse execute(ApiRequest request, String bearer) {
        int max = request.retryable() ? config.retries().maxAttempts() : 1;
        // Whether an earlier attempt may have been carried out although we never saw its answer.
        boolean outcomeUnknown = false;
        for (int attempt = 1; ; attempt++) {
            Request.Builder b = new Request.Builder()
                    .url(request.url())
                    .method(request.method(), request.body())
                    .header("x-api-version", config.apiVersion())
                    .header("Accept", request.accept());
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            long started = System.nanoTime();
            Call call = http.newCall(b.build());
            try (Response response = call.execute()) {
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                config.debugLog().accept(request.method() + " " + logTarget(request) + " -> " + response.code()
                        + " (" + ms + " ms)");
                String body = readBody(response);
                if (response.isSuccessful()) {
                    return new ApiResponse(response.code(), body);
                }
                if (response.code() == 404 && outcomeUnknown && "DELETE".equals(request.method())) {
                    // The attempt whose answer was lost did delete it: what we asked for is done.
                    config.debugLog().accept(request.method() + " " + request.path()
                            + ": gone after an unanswered attempt; counted as done");
                    return new ApiResponse(204, "");
                }
                ApiException error = toException(request, response.code(), response.message(), body);
                outcomeUnknown |= response.code() == 504;
                if ((response.code() == 503 || response.code() == 504) && attempt < max) {
                    pause(request, attempt, max, retryAfter(response), String.valueOf(response.code()));
                    continue;
                }
                throw error;
            } catch (IOException e) {
                config.debugLog().accept(request.method() + " " + logTarget(request) + " -> " + e.getClass().getSimpleName());
                outcomeUnknown = true;
                if (call.isCanceled()) {
                    throw ApiException.transport(request.method(), request.path(), "cancelled", e);
                }
                if (attempt < max && !(e instanceof SSLException) && !(e instanceof UnknownHostException)) {
                    pause(request, attempt, max, null, "connection failure");
                    continue;
                }
                throw transportFailure(request, e);
            }
        }
    }

    private String readBody(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private void pause(ApiRequest request, int attempt, int max, Duration retryAfter, String why) {
        Duration wait = retryAfter != null && retryAfter.compareTo(config.retries().maxDelay()) <= 0
                ? retryAfter
                : config.retries().delayAfter(attempt, jitter.nextDouble());
        config.debugLog().accept("retrying " + request.method() + " " + request.path() + " after " + why + " in "
                + wait.toMillis() + " ms (attempt " + (attempt + 1) + " of " + max + ")");
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.transport(request.method(), request.path(), "interrupted while waiting to retry", e);
        }
    }

    private static Duration retryAfter(Response response) {
        String value = response.header(RETRY_AFTER);
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    ApiException toException(ApiRequest request, int status, String reason, String body) {
        ApiError error = parseError(body);
        if (error != null) {
            return new ApiException(status, error.errorCode(), error.title(), error.explanation(), error.problems(),
                    request.method(), request.path(), null);
        }
        String snippet = body == null ? null : body.strip();
        if (snippet != null && snippet.length() > 200) {
            snippet = snippet.substring(0, 200) + "...";
        }
        return new ApiException(status, null, reason == null || reason.isBlank() ? null : reason,
                snippet == null || snippet.isEmpty() ? null : snippet, request.method(), request.path(), null);
    }

    private ApiError parseError(String body) {
        if (body == null || body.isBlank() || !body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            ApiError e = mapper.readValue(body, ApiError.class);
            return e.title() == null && e.errorCode() == null && e.explanation() == null ? null : e;
        } catch (IOException e) {
            return null;
        }
    }

    private ApiException transportFailure(ApiRequest request, IOException e) {
        String where = config.baseUri().toString();
        String what;
        if (e instanceof SSLHandshakeException || e instanceof SSLException) {
            X509Certificate presented = trust.rejectedCertificate();
            if (presented != null && config.trust().fingerprint() != null) {
                what = "the appliance's certificate does not match the pinned fingerprint: it presented "
                        + CertificateFingerprint.of(presented) + ". If the appliance's certificate was replaced on "
                        + "purpose, pin the new one with --trust-fingerprint";
            } else if (presented != null) {
                what = "the appliance's TLS certificate is not trusted (self-signed?). Its SHA-256 fingerprint is "
                        + CertificateFingerprint.of(presented) + "; if that is your appliance's, pass "
                        + "--trust-fingerprint " + CertificateFingerprint.of(presented)
                        + ", or --ca-cert FILE for a CA-signed one";
            } else {
                what = "TLS handshake with " + where + " failed: " + e.getMessage();
            }
        } else if (e instanceof UnknownHostException) {
            what = "cannot resolve the appliance's host name in " + where;
        } else if (e instanceof ConnectException) {
            what = "cannot connect to the appliance at " + where + " (" + e.getMessage() + ")";
        } else if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            what = "the appliance at " + where + " did not answer in time";
        } else {
            what = "the connection to the appliance at " + where + " failed: " + e.getMessage();
        }
        return ApiException.transport(request.method(), request.path(), what, e);
    }

    private static String logTarget(ApiRequest request) {
        String query = request.url().encodedQuery();
        return query == null ? request.path() : request.path() + "?" + query;
    }

    /**
     * Cancels every call in flight: each fails at once with an I/O error and its connection is
     * closed, never returned half-read to the pool (interrupting the calling thread instead can
     * leave a pooled connection that answers the next call with "unexpected end of stream").
     */
    void cancelInFlight() {
        http.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
