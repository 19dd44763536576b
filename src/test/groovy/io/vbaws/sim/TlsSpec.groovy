package io.vbaws.sim

import okhttp3.tls.HandshakeCertificates
import okhttp3.tls.HeldCertificate
import spock.lang.Specification
import spock.lang.TempDir

import javax.net.ssl.SSLContext
import javax.net.ssl.SSLHandshakeException
import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest

/** HTTPS with a self-signed certificate kept in the state directory, whose fingerprint the appliance reports. */
class TlsSpec extends Specification {
    @TempDir Path dir

    /** An SSL context that trusts exactly the appliance's certificate in {@code dir}. */
    static SSLContext trusting(Path dir) {
        def held = HeldCertificate.decode(Files.readString(dir.resolve('tls/appliance.pem')))
        new HandshakeCertificates.Builder().addTrustedCertificate(held.certificate()).build().sslContext()
    }

    def "with TLS the appliance serves HTTPS, and its fingerprint is the SHA-256 of the certificate it presents"() {
        given:
        def sim = SimulatedAppliance.start(SimOptions.defaults(dir).withTls(true))
        def http = new ApplianceHttp(sim.baseUri(), trusting(dir))

        when:
        def reply = http.login('admin', SimOptions.DEFAULT_ADMIN_PASSWORD)
        def presented = HeldCertificate.decode(Files.readString(dir.resolve('tls/appliance.pem'))).certificate()
        String expected = MessageDigest.getInstance('SHA-256').digest(presented.encoded).collect { String.format('%02X', it) }.join(':')

        then:
        sim.baseUri().scheme == 'https'
        reply.status == 200
        sim.certificateFingerprint() == expected
        sim.certificateFingerprint() ==~ /([0-9A-F]{2}:){31}[0-9A-F]{2}/

        cleanup:
        sim?.close()
    }

    def "the certificate, and so its fingerprint, stays the same across restarts"() {
        when:
        def first = SimulatedAppliance.start(SimOptions.defaults(dir).withTls(true))
        String fingerprint = first.certificateFingerprint()
        first.close()
        def second = SimulatedAppliance.start(SimOptions.defaults(dir).withTls(true))

        then:
        second.certificateFingerprint() == fingerprint

        cleanup:
        second?.close()
    }

    def "a client that does not trust the certificate cannot talk to it; without TLS there is no fingerprint"() {
        given:
        def tls = SimulatedAppliance.start(SimOptions.defaults(dir).withTls(true))
        def plain = SimulatedAppliance.start(SimOptions.defaults(dir.resolve('plain')))

        when:
        new ApplianceHttp(tls.baseUri()).get('/system/version')

        then:
        thrown(SSLHandshakeException)
        plain.certificateFingerprint() == null
        plain.baseUri().scheme == 'http'

        cleanup:
        tls?.close()
        plain?.close()
    }
}
