package io.vbaws.api;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything an {@link ApplianceClient} needs: where the appliance is, who we are, how to trust
 * it, how big a page to ask for, how to retry, how long to wait, and where debug lines go (never with secrets).
 */
public record ClientConfig(
        URI baseUri,
        Credentials credentials,
        String apiVersion,
        TrustSettings trust,
        int pageSize,
        RetryPolicy retries,
        Timeouts timeouts,
        Consumer<String> debugLog,
        Clock clock) {

    /** Items asked for per page unless told otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 1000;

    public ClientConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(credentials, "credentials");
        apiVersion = apiVersion == null ? io.vbaws.api.model.ApiValues.API_VERSION : apiVersion;
        trust = trust == null ? TrustSettings.verify() : trust;
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        retries = retries == null ? RetryPolicy.standard() : retries;
        timeouts = timeouts == null ? Timeouts.standard() : timeouts;
        debugLog = debugLog == null ? line -> { } : debugLog;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /**
     * Defaults for everything but where and who: verified TLS, pages of 1,000, standard retries.
     * The appliance takes any Limit (NOTES.md, Paging); a large page costs fewer round trips, and
     * reading the instances of a 5,400-instance region takes 6 requests instead of 27.
     */
    public static ClientConfig of(URI baseUri, Credentials credentials) {
        return new ClientConfig(baseUri, credentials, null, null, DEFAULT_PAGE_SIZE, null, null, null, null);
    }

    public ClientConfig withTrust(TrustSettings value) {
        return new ClientConfig(baseUri, credentials, apiVersion, value, pageSize, retries, timeouts, debugLog, clock);
    }

    public ClientConfig withPageSize(int value) {
        return new ClientConfig(baseUri, credentials, apiVersion, trust, value, retries, timeouts, debugLog, clock);
    }

    public ClientConfig withRetries(RetryPolicy value) {
        return new ClientConfig(baseUri, credentials, apiVersion, trust, pageSize, value, timeouts, debugLog, clock);
    }

    public ClientConfig withApiVersion(String value) {
        return new ClientConfig(baseUri, credentials, value, trust, pageSize, retries, timeouts, debugLog, clock);
    }

    /** The same with {@code value} as the read timeout of each request. */
    public ClientConfig withTimeout(Duration value) {
        return withTimeouts(timeouts.withRead(value));
    }

    public ClientConfig withTimeouts(Timeouts value) {
        return new ClientConfig(baseUri, credentials, apiVersion, trust, pageSize, retries, value, debugLog, clock);
    }

    public ClientConfig withDebugLog(Consumer<String> value) {
        return new ClientConfig(baseUri, credentials, apiVersion, trust, pageSize, retries, timeouts, value, clock);
    }

    public ClientConfig withClock(Clock value) {
        return new ClientConfig(baseUri, credentials, apiVersion, trust, pageSize, retries, timeouts, debugLog, value);
    }
}
