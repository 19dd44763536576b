package io.vbaws.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.ApiError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import java.net.UnknownHostException;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The only place that puts requests on the wire. It adds the API version and bearer headers,
 * retries what may be retried (503, 504, connection failures) with jittered backoff within the
 * command's deadline, and turns every non-2xx answer and transport failure into an
 * {@link ApiException}. Debug lines show method, path, status and time: never headers or bodies,
 * which may hold secrets.
 */
final class HttpExchange implements AutoCloseable {
    private static final String RETRY_AFTER = "X-Vbaws-Retry-After";
    private final OkHttpClient http;
    private final ClientConfig config;
    private final ObjectMapper mapper;
    private final Deadline deadline;
    private final TransportFailure failures;
    private final Random jitter = new Random();

    /** What came back: status, reason, the headers we read, and the body text. */
    private record Answer(int code, String message, String retryAfter, String location, String body) {
        boolean successful() {
            return code >= 200 && code < 300;
        }
    }

    HttpExchange(ClientConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.deadline = Deadline.after(config.timeouts().whole());
        boolean tls = "https".equalsIgnoreCase(config.baseUri().getScheme());
        // A plain-HTTP appliance (the built-in one) needs no trust store: loading the platform's costs
        // a command about 0.1 s of start-up, and OkHttp builds its own unless told the client is cleartext.
        TrustMaterial trust = tls ? new TrustMaterial(config.trust()) : TrustMaterial.cleartext();
        this.failures = new TransportFailure(config, trust);
        Dispatcher dispatcher = new Dispatcher();
        // The limits are ours (PageWalker, loaders), not OkHttp's.
        dispatcher.setMaxRequests(256);
        dispatcher.setMaxRequestsPerHost(256);
        long read = config.timeouts().read().toMillis();
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .socketFactory(new InterruptibleSockets())
                // Idle connections are let go well before a server's own idle timeout (the JDK's 30 s, nginx's
                // 75 s) closes them under us: without OkHttp's silent retry, a stale one costs an attempt.
                .connectionPool(new ConnectionPool(16, 20, TimeUnit.SECONDS))
                .connectTimeout(config.timeouts().connect().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read, TimeUnit.MILLISECONDS)
                .writeTimeout(read, TimeUnit.MILLISECONDS)
                // We retry ourselves, by the rules of RetryPolicy; OkHttp's silent retry would repeat creates.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .eventListenerFactory(call -> {
                    HandshakeWatch watch = call.request().tag(HandshakeWatch.class);
                    return watch == null ? okhttp3.EventListener.NONE : watch;
                })
                // OkHttp repeats any request answered 503 with "Retry-After: 0", a create included. Hide the
                // header from it under another name; our own retry loop reads it from there.
                .addNetworkInterceptor(chain -> {
                    Response r = chain.proceed(chain.request());
                    String after = r.header("Retry-After");
                    return after == null ? r
                            : r.newBuilder().removeHeader("Retry-After").header(RETRY_AFTER, after).build();
                });
        if (tls) {
            trust.applyTo(builder, (int) config.timeouts().connect().toMillis());
        } else {
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        this.http = builder.build();
    }

    /** Sends a request, resent when that is safe; {@code bearer} may be null (the token request). */
    ApiResponse execute(ApiRequest request, String bearer) {
        return execute(request, bearer, InFlightLimit.none());
    }

    /** Sends a request as {@link #execute(ApiRequest, String)} does, each attempt within {@code limit}. */
    ApiResponse execute(ApiRequest request, String bearer, InFlightLimit limit) {
        int max = request.resend() == Resend.WHEN_SAFE ? config.retries().maxAttempts() : 1;
        // Whether an earlier attempt may have been carried out although we never saw its answer.
        boolean outcomeUnknown = false;
        long firstStarted = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            HandshakeWatch handshake = new HandshakeWatch();
            Request.Builder b = new Request.Builder()
                    .url(request.url())
                    .method(request.method(), request.body())
                    .header("x-api-version", config.apiVersion())
                    .header("Accept", request.accept())
                    .tag(HandshakeWatch.class, handshake);
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            Call call = http.newCall(b.build());
            if (deadline.bounded()) {
                call.timeout().timeout(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
            }
            long started = System.nanoTime();
            Answer answer;
            try {
                answer = await(call, request, limit);
            } catch (IOException e) {
                config.debugLog().accept(request.method() + " " + logTarget(request) + " -> " + e.getClass().getSimpleName());
                outcomeUnknown = true;
                // A call cancelled by cancelInFlight (Ctrl-C) is not resent; OkHttp's own call timeout
                // also cancels, and that one is reported by the deadline below.
                if (call.isCanceled() && !(e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
                    throw ApiException.transport(request.method(), request.path(), "cancelled", e);
                }
                if (attempt < max && resendable(e, handshake) && pause(request, attempt, max, null, "connection failure")) {
                    continue;
                }
                throw failures.of(request, e, handshake, deadline, attempt, since(firstStarted));
            }
            config.debugLog().accept(request.method() + " " + logTarget(request) + " -> " + answer.code() + " ("
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms)");
            if (answer.successful()) {
                return new ApiResponse(answer.code(), answer.body());
            }
            if (answer.code() >= 300 && answer.code() < 400) {
                throw ApiException.worded(answer.code(), null, request.method(), request.path(), request.named() + ": "
                        + answer.code() + " to " + answer.location() + ": vbaws does not follow redirects, by design; "
                        + "point --appliance at the address the appliance answers on", null);
            }
            if (answer.code() == 404 && outcomeUnknown && "DELETE".equals(request.method())) {
                // The attempt whose answer was lost did delete it: what we asked for is done.
                config.debugLog().accept(request.method() + " " + request.path()
                        + ": gone after an unanswered attempt; counted as done");
                return new ApiResponse(204, "");
            }
            outcomeUnknown |= answer.code() == 504;
            if ((answer.code() == 503 || answer.code() == 504) && attempt < max
                    && pause(request, attempt, max, retryAfter(answer), String.valueOf(answer.code()))) {
                continue;
            }
            throw toException(request, answer.code(), answer.message(), answer.body(),
                    answer.code() == 504 ? TransportFailure.lostChange(request) : "");
        }
    }

    /**
     * Runs the call on this thread. Its sockets are interruptible (see {@link InterruptibleSockets}):
     * an interrupt closes the connection, so the call ends at once and no half-read connection goes
     * back to the pool. The slot of {@code limit} is held from sending to the answer's last byte.
     */
    private Answer await(Call call, ApiRequest request, InFlightLimit limit) throws IOException {
        limit.acquire(request);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            return new Answer(response.code(), response.message(), response.header(RETRY_AFTER),
                    response.header("Location"), body == null ? "" : body.string());
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted() || e instanceof ClosedByInterruptException) {
                call.cancel();
                Thread.currentThread().interrupt();
                InterruptedException interrupted = new InterruptedException("interrupted while waiting for the answer");
                interrupted.initCause(e);
                throw ApiException.transport(request.method(), request.path(), "interrupted", interrupted);
            }
            throw e;
        } finally {
            limit.release();
        }
    }

    private static boolean resendable(IOException e, HandshakeWatch handshake) {
        return !(e instanceof SSLException) && !(e instanceof UnknownHostException) && !handshake.unfinished();
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Waits before the next attempt; false when the command's deadline would pass first. */
    private boolean pause(ApiRequest request, int attempt, int max, Duration retryAfter, String why) {
        Duration wait = retryAfter != null && retryAfter.compareTo(config.retries().maxDelay()) <= 0
                ? retryAfter
                : config.retries().delayAfter(attempt, jitter.nextDouble());
        if (!deadline.allows(wait)) {
            return false;
        }
        config.debugLog().accept("retrying " + request.method() + " " + request.path() + " after " + why + " in "
                + wait.toMillis() + " ms (attempt " + (attempt + 1) + " of " + max + ")");
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.transport(request.method(), request.path(), "interrupted while waiting to retry", e);
        }
    }

    private static Duration retryAfter(Answer answer) {
        if (answer.retryAfter() == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(answer.retryAfter().trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    ApiException toException(ApiRequest request, int status, String reason, String body, String after) {
        ApiError error = parseError(body);
        if (error != null) {
            return new ApiException(status, error.errorCode(), error.title(), append(error.explanation(), after),
                    error.problems(), request.method(), request.path(), null);
        }
        String snippet = body == null ? null : body.strip();
        if (snippet != null && snippet.length() > 200) {
            snippet = snippet.substring(0, 200) + "...";
        }
        return new ApiException(status, null, reason == null || reason.isBlank() ? null : reason,
                append(snippet == null || snippet.isEmpty() ? null : snippet, after), request.method(), request.path(),
                null);
    }

    private static String append(String details, String after) {
        if (after.isEmpty()) {
            return details;
        }
        String tail = after.substring(2);
        return details == null ? tail : details + "; " + tail;
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
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
