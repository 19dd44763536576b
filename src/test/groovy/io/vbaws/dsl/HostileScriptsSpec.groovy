package io.vbaws.dsl

import io.vbaws.cli.SimulatedApplianceCliSpec
import spock.lang.Shared

import java.nio.file.Files
import java.nio.file.Path

/**
 * Every script of the hostile corpus (src/test/resources/hostile/: the four reproducers of issue 11,
 * the techniques of published Groovy sandbox bypasses, and generated variants of each in a policy,
 * a function, a loop and a string) goes through `validate` and `plan` as a user runs them, with a
 * password in the environment and a secret in a system property. Each is refused or bounded:
 * exit code 1, an error with file and line, no stack trace, no file written, no process started
 * (the commands write a marker file), no connection opened to a listening socket, no secret in the
 * output, and the JVM still running.
 */
class HostileScriptsSpec extends SimulatedApplianceCliSpec {

    static final File CORPUS = new File('src/test/resources/hostile')
    static final String SECRET = 'planted-secret-7f3a9c'

    @Shared ServerSocket listener

    def setupSpec() {
        listener = new ServerSocket(0, 50, InetAddress.loopbackAddress)
        listener.soTimeout = 1
        System.setProperty('vbaws.secret', SECRET)
    }

    def cleanupSpec() {
        listener?.close()
        System.clearProperty('vbaws.secret')
    }

    @Override
    Map<String, String> environment() {
        super.environment() + [VBAWS_SECRET_PROBE: SECRET]
    }

    static List<String> corpus() {
        CORPUS.list().findAll { it.endsWith('.groovy') }.sort()
    }

    def "the corpus holds at least 150 hostile scripts"() {
        expect:
        corpus().size() >= 150
    }

    def "#name is refused or bounded by validate and plan"() {
        given:
        Path marker = work.resolve('pwned.txt')
        String text = new File(CORPUS, name).text.replace('@MARK@', marker.toString()).replace('@PORT@', listener.localPort as String)
        Path file = script(name, text)

        when:
        def validate = vbaws('validate', file.toString())
        def plan = vbaws('plan', '--no-color', file.toString())

        then:
        [validate, plan].every { it.code == 1 }
        [validate, plan].every { run -> run.err.contains("(${file}") }
        [validate, plan].every { run -> !(run.out + run.err).contains(SECRET) && !(run.out + run.err).contains(PASSWORD) }
        [validate, plan].every { run -> !(run.out + run.err =~ /\tat |Exception:|Exception in|StackOverflowError|OutOfMemoryError/) }
        !Files.exists(marker)
        noConnection()

        where:
        name << corpus()
    }

    private boolean noConnection() {
        try {
            listener.accept().close()
            return false
        } catch (SocketTimeoutException none) {
            return true
        }
    }
}
