package io.vbaws.api;

import io.vbaws.text.DurationText;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Words a request that got no answer as one line a user can act on: what did not answer and for
 * how long, a server that does not speak TLS, a certificate to pin, and for a change whose answer
 * was lost, that it may have landed.
 */
final class TransportFailure {
    private final ClientConfig config;
    private final TrustMaterial trust;

    TransportFailure(ClientConfig config, TrustMaterial trust) {
        this.config = config;
        this.trust = trust;
    }

    /** The failure of {@code request} after {@code attempts} tries over {@code elapsed}. */
    ApiException of(ApiRequest request, IOException e, HandshakeWatch handshake, Deadline deadline, int attempts,
            Duration elapsed) {
        String where = config.baseUri().toString();
        X509Certificate presented = trust.rejectedCertificate();
        String what;
        if (handshake.unfinished() && presented == null && !(e instanceof UnknownHostException)) {
            what = "the server at " + where + " does not speak TLS: " + request.named() + " got no TLS handshake "
                    + "from it (waited up to " + DurationText.of(config.timeouts().connect()) + "). Is the port right, "
                    + "or does it want http://?";
            return ApiException.worded(0, null, request.method(), request.path(), what, e);
        }
        if (e instanceof SSLException) {
            what = tls(e, presented, where);
        } else if (e instanceof UnknownHostException) {
            what = "cannot resolve the appliance's host name in " + where;
        } else if (isTimeout(e)) {
            return ApiException.worded(0, null, request.method(), request.path(),
                    unanswered(request, e, deadline, attempts, elapsed) + lostChange(request), e);
        } else if (e instanceof ConnectException) {
            what = "cannot connect to the appliance at " + where + " (" + e.getMessage() + ")";
        } else {
            what = "the connection to the appliance at " + where + " failed: " + e.getMessage();
        }
        return ApiException.transport(request.method(), request.path(), what + lostChange(request), e);
    }

    /** "the appliance did not answer GET /api/v1/x within 30 s", with the option that sets the wait. */
    private String unanswered(ApiRequest request, IOException e, Deadline deadline, int attempts, Duration elapsed) {
        StringBuilder line = new StringBuilder("the appliance did not answer ").append(request.named()).append(" within ");
        boolean wholeCommand = deadline.bounded() && (!(e instanceof SocketTimeoutException)
                || deadline.remaining().isZero());
        if (wholeCommand) {
            line.append(DurationText.of(deadline.limit())).append(", the command's time limit (--timeout)");
        } else if (connecting(e)) {
            line.append(DurationText.of(config.timeouts().connect())).append(" (--connect-timeout)");
        } else {
            line.append(DurationText.of(config.timeouts().read())).append(" (--read-timeout)");
        }
        if (attempts > 1) {
            line.append("; tried ").append(attempts).append(" times over ").append(DurationText.of(elapsed));
        }
        return line.toString();
    }

    /** Why an unanswered change is not simply a failure: it may have been carried out. */
    static String lostChange(ApiRequest request) {
        boolean change = !"GET".equals(request.method()) && !request.path().equals("/token");
        return change ? "; the change may have landed; the next plan will show" : "";
    }

    private String tls(IOException e, X509Certificate presented, String where) {
        if (presented != null && config.trust().fingerprint() != null) {
            return "the appliance's certificate does not match the pinned fingerprint: it presented "
                    + CertificateFingerprint.of(presented) + ". If the appliance's certificate was replaced on "
                    + "purpose, pin the new one with --trust-fingerprint";
        }
        if (presented != null) {
            return "the appliance's TLS certificate is not trusted (self-signed?). Its SHA-256 fingerprint is "
                    + CertificateFingerprint.of(presented) + "; if that is your appliance's, pass "
                    + "--trust-fingerprint " + CertificateFingerprint.of(presented)
                    + ", or --ca-cert FILE for a CA-signed one";
        }
        return "TLS handshake with " + where + " failed: " + e.getMessage();
    }

    /** Whether {@code e} is a wait that ran out (a socket or call timeout), not a real interrupt. */
    static boolean isTimeout(IOException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SocketTimeoutException
                    || (c instanceof InterruptedIOException && "timeout".equals(c.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean connecting(IOException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || (c.getMessage() != null
                    && c.getMessage().toLowerCase(Locale.ROOT).contains("connect timed out"))) {
                return true;
            }
        }
        return false;
    }
}
