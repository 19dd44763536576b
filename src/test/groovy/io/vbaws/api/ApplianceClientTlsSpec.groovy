package io.vbaws.api

import mockwebserver3.MockWebServer
import okhttp3.tls.HandshakeCertificates
import okhttp3.tls.HeldCertificate
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/** TLS: verification by default, CA files, fingerprint pinning of a self-signed certificate, --insecure. */
class ApplianceClientTlsSpec extends Specification {

    @Shared HeldCertificate selfSigned = new HeldCertificate.Builder().commonName('vbaws-appliance')
            .addSubjectAlternativeName('localhost').build()
    @Shared HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName('Example CA').build()
    @Shared HeldCertificate issued = new HeldCertificate.Builder().signedBy(ca).commonName('localhost')
            .addSubjectAlternativeName('localhost').build()

    @TempDir Path dir
    MockWebServer server = new MockWebServer()

    def cleanup() { server.close() }

    private void serve(HeldCertificate cert, HeldCertificate... chain) {
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(cert, chain*.certificate() as java.security.cert.X509Certificate[]).build().sslSocketFactory())
        server.enqueue(MockApplianceSpec.token())
        server.enqueue(MockApplianceSpec.ok([version: '9']))
        server.start(0)
    }

    private ApplianceClient client(TrustSettings trust) {
        ApplianceClient.create(ClientConfig.of(server.url('/').uri(), Credentials.of('admin', 'x'))
                .withTrust(trust).withRetries(RetryPolicy.none()))
    }

    def "verification is on by default, and an untrusted certificate's error shows its fingerprint and how to pin it"() {
        given:
        serve(selfSigned)
        def fp = CertificateFingerprint.of(selfSigned.certificate()).toString()

        when:
        client(TrustSettings.verify()).systemVersion()

        then:
        def e = thrown(ApiException)
        e.isTransportFailure()
        e.message.contains('not trusted')
        e.message.contains("--trust-fingerprint $fp")
    }

    def "pinning the self-signed certificate's fingerprint trusts it, whatever case and colons were pasted"() {
        given:
        serve(selfSigned)
        def fp = CertificateFingerprint.of(selfSigned.certificate())

        expect:
        client(TrustSettings.pinned(form.call(fp))).systemVersion().version() == '9'

        where:
        form << [{ it.toString() }, { it.hex() }, { 'SHA256:' + it.toString().toLowerCase() }]
    }

    def "a pinned fingerprint that does not match refuses the connection and names both"() {
        given:
        serve(selfSigned)
        def other = CertificateFingerprint.of(issued.certificate())

        when:
        client(TrustSettings.pinned(other.toString())).systemVersion()

        then:
        def e = thrown(ApiException)
        e.message.contains('does not match the pinned fingerprint')
        e.message.contains(CertificateFingerprint.of(selfSigned.certificate()).toString())
    }

    def "a CA file trusts the certificates it issued"() {
        given:
        serve(issued, ca)
        def pem = dir.resolve('ca.pem')
        java.nio.file.Files.writeString(pem, ca.certificatePem())

        expect:
        client(TrustSettings.ca(pem)).systemVersion().version() == '9'
    }

    def "a CA file that holds no certificate is a clear error"() {
        given:
        def pem = dir.resolve('empty.pem')
        java.nio.file.Files.writeString(pem, 'not a certificate')

        when:
        ApplianceClient.create(ClientConfig.of(URI.create('https://localhost:1'), Credentials.of('a', 'b')).withTrust(TrustSettings.ca(pem)))

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('empty.pem')
    }

    def "insecure mode trusts any certificate"() {
        given:
        serve(selfSigned)

        expect:
        client(TrustSettings.trustAll()).systemVersion().version() == '9'
    }

    def "a plain-HTTP appliance gets a cleartext client with no trust store; an https one gets TLS"() {
        given:
        def mapper = io.vbaws.api.model.ApiJson.newMapper()
        def plain = new HttpExchange(ClientConfig.of(URI.create('http://localhost:1'), Credentials.of('a', 'b')), mapper)
        def tls = new HttpExchange(ClientConfig.of(URI.create('https://localhost:1'), Credentials.of('a', 'b')), mapper)

        expect:
        plain.http.connectionSpecs() == [okhttp3.ConnectionSpec.CLEARTEXT]
        plain.http.x509TrustManager == null
        tls.http.x509TrustManager != null
        tls.http.connectionSpecs().any { it.isTls() }

        cleanup:
        plain?.close()
        tls?.close()
    }

    def "a fingerprint is 64 hex digits, and anything else is refused with the expected form"() {
        when:
        CertificateFingerprint.parse('AB:CD')

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('64 hex digits')
    }
}
