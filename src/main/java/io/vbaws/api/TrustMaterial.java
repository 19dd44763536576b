package io.vbaws.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * Applies {@link TrustSettings} to an OkHttp client. It also remembers the certificate the
 * appliance presented when verification failed, so the error can show its fingerprint and say
 * how to pin it, the way ssh shows a new host key.
 */
final class TrustMaterial {
    private final AtomicReference<X509Certificate> rejected = new AtomicReference<>();
    private final X509TrustManager trustManager;
    private final HostnameVerifier hostnameVerifier;

    private TrustMaterial() {
        trustManager = null;
        hostnameVerifier = null;
    }

    /** No trust at all, for a plain-HTTP appliance: nothing is ever verified, so nothing is rejected. */
    static TrustMaterial cleartext() {
        return new TrustMaterial();
    }

    TrustMaterial(TrustSettings settings) {
        try {
            if (settings.insecure()) {
                trustManager = new AnyCertificate();
                hostnameVerifier = (host, session) -> true;
            } else if (settings.fingerprint() != null) {
                trustManager = new PinnedCertificate(CertificateFingerprint.parse(settings.fingerprint()), rejected);
                // The pin names the server exactly; its certificate need not name the host we dialled.
                hostnameVerifier = (host, session) -> true;
            } else {
                KeyStore store = settings.caCert() == null ? null : caStore(settings);
                trustManager = new RecordingTrustManager(platformTrust(store), rejected);
                hostnameVerifier = null;
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    /** Sets this trust on {@code builder}, each TLS handshake bounded by {@code handshakeMillis}. */
    void applyTo(OkHttpClient.Builder builder, int handshakeMillis) {
        if (trustManager == null) {
            throw new IllegalStateException("a cleartext client has no TLS to set up");
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            builder.sslSocketFactory(new HandshakeBoundSockets(context.getSocketFactory(), handshakeMillis), trustManager);
            if (hostnameVerifier != null) {
                builder.hostnameVerifier(hostnameVerifier);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise TLS", e);
        }
    }

    /** The certificate the appliance presented when it was not trusted, if any. */
    X509Certificate rejectedCertificate() {
        return rejected.get();
    }

    private static KeyStore caStore(TrustSettings settings) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        int n = 0;
        try (InputStream in = Files.newInputStream(settings.caCert())) {
            for (Certificate c : factory.generateCertificates(in)) {
                store.setCertificateEntry("ca-" + n++, c);
            }
        } catch (IOException | CertificateException e) {
            throw new IOException("cannot read a PEM certificate from " + settings.caCert() + ": " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new CertificateException("no PEM certificate in " + settings.caCert());
        }
        return store;
    }

    private static X509TrustManager platformTrust(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("no X509 trust manager");
    }

    /** Verifies as usual, remembering what was presented when verification fails. */
    private static final class RecordingTrustManager implements X509TrustManager {
        private final X509TrustManager delegate;
        private final AtomicReference<X509Certificate> rejected;

        RecordingTrustManager(X509TrustManager delegate, AtomicReference<X509Certificate> rejected) {
            this.delegate = delegate;
            this.rejected = rejected;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                rejected.set(chain.length > 0 ? chain[0] : null);
                throw e;
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }

    /** Trusts exactly one certificate, by its SHA-256 fingerprint. */
    private static final class PinnedCertificate implements X509TrustManager {
        private final CertificateFingerprint pin;
        private final AtomicReference<X509Certificate> rejected;

        PinnedCertificate(CertificateFingerprint pin, AtomicReference<X509Certificate> rejected) {
            this.pin = pin;
            this.rejected = rejected;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not used");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the appliance presented no certificate");
            }
            CertificateFingerprint seen = CertificateFingerprint.of(chain[0]);
            if (!seen.equals(pin)) {
                rejected.set(chain[0]);
                throw new CertificateException("the appliance's certificate has fingerprint " + seen
                        + ", not the pinned " + pin);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Trusts anything (--insecure). */
    private static final class AnyCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
