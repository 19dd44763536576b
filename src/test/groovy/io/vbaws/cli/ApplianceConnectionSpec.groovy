package io.vbaws.cli

import io.vbaws.api.MockApplianceSpec
import mockwebserver3.Dispatcher
import mockwebserver3.MockResponse
import mockwebserver3.MockWebServer
import mockwebserver3.RecordedRequest
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/** Which appliance a command talks to, as whom, and how the password is found. */
class ApplianceConnectionSpec extends Specification {

    @TempDir Path home
    MockWebServer server = new MockWebServer()
    List<Map> logins = []
    StringWriter errText = new StringWriter()
    PrintWriter err = new PrintWriter(errText, true)

    def setup() {
        server.dispatcher = new Dispatcher() {
            @Override
            MockResponse dispatch(RecordedRequest r) {
                if (r.url.encodedPath() == '/api/v1/token' && r.method == 'POST') {
                    logins << MockApplianceSpec.form(r)
                    return MockApplianceSpec.token()
                }
                MockApplianceSpec.ok([version: '9.0'])
            }
        }
        server.start(0)
    }

    def cleanup() { server.close() }

    String url() { server.url('/').toString() }

    GlobalOptions options(Map values = [:]) {
        def o = new GlobalOptions()
        o.apiVersion = '1.8-rev0'
        values.each { k, v -> o."$k" = v }
        o
    }

    CliEnvironment env(Map vars, String stdin = '') {
        new CliEnvironment([VBAWS_HOME: home.toString()] + vars, new ByteArrayInputStream(stdin.bytes))
    }

    void profiles(String text) { Files.writeString(home.resolve('config'), text) }

    String loginVia(GlobalOptions o, CliEnvironment e) {
        def c = ApplianceConnection.open(o, e, err)
        try {
            c.client().systemVersion()
            c.description()
        } finally {
            c.close()
        }
    }

    def "VBAWS_URL, VBAWS_USERNAME and VBAWS_PASSWORD name the appliance and the user"() {
        when:
        loginVia(options(), env([VBAWS_URL: url(), VBAWS_USERNAME: 'ops', VBAWS_PASSWORD: 's3cret-env']))

        then:
        logins == [[grant_type: 'password', username: 'ops', password: 's3cret-env']]
    }

    def "flags win over the environment"() {
        when:
        loginVia(options(appliance: url(), username: 'flag-user'),
                env([VBAWS_URL: 'https://elsewhere.invalid:11005', VBAWS_USERNAME: 'env-user', VBAWS_PASSWORD: 'p']))

        then:
        logins*.username == ['flag-user']
    }

    def "the default profile names the appliance, the user and a password command"() {
        given:
        profiles """
            # lab appliance
            [default]
            url = ${url()}
            username = profile-user
            password-command = printf 'from-command\\n'
        """.stripIndent()

        when:
        loginVia(options(), env([:]))

        then:
        logins == [[grant_type: 'password', username: 'profile-user', password: 'from-command']]
    }

    def "--profile and VBAWS_PROFILE choose a named profile, with a password file"() {
        given:
        def secret = home.resolve('lab.password')
        Files.writeString(secret, 'from-file\n')
        profiles """
            [default]
            url = https://wrong.invalid:11005
            [profile lab]
            url = ${url()}
            username = lab-user
            password-file = ${secret}
        """.stripIndent()

        when:
        loginVia(how == 'flag' ? options(profile: 'lab') : options(), env(how == 'env' ? [VBAWS_PROFILE: 'lab'] : [:]))

        then:
        logins == [[grant_type: 'password', username: 'lab-user', password: 'from-file']]

        where:
        how << ['flag', 'env']
    }

    def "--password-stdin reads the first line of standard input"() {
        when:
        loginVia(options(appliance: url(), username: 'u', passwordStdin: true), env([VBAWS_PASSWORD: 'not-this'], 'typed-in\nrest\n'))

        then:
        logins*.password == ['typed-in']
    }

    def "VBAWS_PASSWORD_FILE is read when VBAWS_PASSWORD is not set"() {
        given:
        def f = home.resolve('pw')
        Files.writeString(f, 'from-env-file\n')

        when:
        loginVia(options(appliance: url(), username: 'u'), env([VBAWS_PASSWORD_FILE: f.toString()]))

        then:
        logins*.password == ['from-env-file']
    }

    def "a password kept in clear in the config is refused with the file and line"() {
        given:
        profiles "[default]\nurl = ${url()}\npassword = hunter2\n"

        when:
        ApplianceConnection.open(options(), env([:]), err)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains("${home.resolve('config')}, line 3")
        e.message.contains('never kept in clear')
        !e.message.contains('hunter2')
    }

    def "an unknown profile names the ones that exist"() {
        given:
        profiles "[default]\nurl = ${url()}\n[profile lab]\nurl = ${url()}\n"

        when:
        ApplianceConnection.open(options(profile: 'prod'), env([:]), err)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains("no profile 'prod'")
        e.message.contains('[default, lab]')
    }

    def "without a user name the error says where to give one"() {
        when:
        ApplianceConnection.open(options(appliance: url()), env([VBAWS_PASSWORD: 'p']), err)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('VBAWS_USERNAME')
    }

    def "without a password and without a terminal the error lists the sources"() {
        when:
        ApplianceConnection.open(options(appliance: url(), username: 'u'), env([:]), err)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('VBAWS_PASSWORD')
        e.message.contains('--password-stdin')
    }

    def "a failing password command is reported by its exit code, not its output"() {
        given:
        profiles "[default]\nurl = ${url()}\nusername = u\npassword-command = echo leaked-secret; exit 3\n"

        when:
        ApplianceConnection.open(options(), env([:]), err)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('exit code 3')
        !e.message.contains('leaked-secret')
    }

    def "--insecure warns on stderr"() {
        when:
        loginVia(options(appliance: url(), username: 'u', insecure: true), env([VBAWS_PASSWORD: 'p']))

        then:
        errText.toString().contains('warning: --insecure')
    }

    def "--debug shows each exchange on stderr without the password or token"() {
        when:
        loginVia(options(appliance: url(), username: 'u', debug: true), env([VBAWS_PASSWORD: 'debug-secret']))

        then:
        errText.toString().contains('debug: GET /system/version -> 200')
        !errText.toString().contains('debug-secret')
        !errText.toString().contains('access-1')
    }

    def "a URL that is not http(s) is refused with the expected form"() {
        when:
        ApplianceConnection.open(options(appliance: 'vbaws.example.com:11005', username: 'u'), env([VBAWS_PASSWORD: 'p']), err)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('expected https://HOST:PORT')
    }
}
