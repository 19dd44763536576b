package io.vbaws.cli

import io.vbaws.sim.ApplianceHttp
import io.vbaws.sim.SimOptions
import io.vbaws.sim.SimulatedAppliance
import io.vbaws.sim.TlsSpec
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/** {@code vbaws appliance serve} and {@code vbaws appliance reset}. */
class ApplianceCommandSpec extends Specification {
    @TempDir Path dir

    /** A serve command running on a thread of this JVM, stopped by interrupting it. */
    static class Serving {
        final StringWriter out = new StringWriter()
        final StringWriter err = new StringWriter()
        Thread thread
        Integer exit

        Serving(List<String> args) {
            thread = Thread.start {
                exit = Main.run((['appliance', 'serve'] + args) as String[], new PrintWriter(out, true), new PrintWriter(err, true))
            }
        }

        List<String> lines(int count) {
            long deadline = System.currentTimeMillis() + 30_000
            while (out.toString().readLines().size() < count && thread.alive && System.currentTimeMillis() < deadline) {
                Thread.sleep(20)
            }
            out.toString().readLines()
        }

        int stop() {
            thread.interrupt()
            thread.join(10_000)
            exit
        }
    }

    private static Map run(String... args) {
        def out = new StringWriter()
        def err = new StringWriter()
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true))
        [exit: exit, out: out.toString(), err: err.toString()]
    }

    def "serve's first line is exactly 'vbaws appliance listening on URL', and the appliance answers there until stopped"() {
        given:
        def serving = new Serving(['--port', '0', '--state', dir.toString(), '--admin-password', 'pw-for-cli-test'])

        when:
        def lines = serving.lines(3)
        def url = lines[0] - 'vbaws appliance listening on '
        def http = new ApplianceHttp(URI.create(url))

        then:
        lines[0] ==~ /vbaws appliance listening on http:\/\/127\.0\.0\.1:\d+/
        lines[1].contains('small estate, seed 42')
        http.login('admin', 'pw-for-cli-test').status == 200
        http.login('admin', SimOptions.DEFAULT_ADMIN_PASSWORD).status == 401
        !serving.out.toString().contains('pw-for-cli-test')

        when:
        int exit = serving.stop()

        then: 'stopped cleanly: exit 0, no lock left, the state opens again'
        exit == 0
        !Files.exists(dir.resolve('lock'))
        SimulatedAppliance.start(SimOptions.defaults(dir)).close()
    }

    def "with --tls the second line gives the certificate's SHA-256 fingerprint"() {
        given:
        def serving = new Serving(['--port', '0', '--state', dir.toString(), '--tls'])

        when:
        def lines = serving.lines(2)
        def http = new ApplianceHttp(URI.create(lines[0] - 'vbaws appliance listening on '), TlsSpec.trusting(dir))

        then:
        lines[0].startsWith('vbaws appliance listening on https://127.0.0.1:')
        lines[1] ==~ /vbaws appliance TLS certificate SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}/
        http.login('admin', SimOptions.DEFAULT_ADMIN_PASSWORD).status == 200

        cleanup:
        serving.stop()
    }

    def "serve takes the estate, seed and faults of a new state"() {
        given:
        def serving = new Serving(['--port', '0', '--state', dir.toString(), '--estate', 'instances=90,tags=30', '--seed', '5',
                                   '--faults', 'error503=1'])

        when:
        def lines = serving.lines(2)
        def http = new ApplianceHttp(URI.create(lines[0] - 'vbaws appliance listening on '))

        then:
        lines[1].contains('instances=90,tags=30,policies=0 estate, seed 5')
        http.login('admin', SimOptions.DEFAULT_ADMIN_PASSWORD).status == 503

        cleanup:
        serving.stop()
    }

    def "bad options and start failures are one line on stderr and exit 1"() {
        expect:
        with(run(*args)) {
            exit == 1
            err.contains(message)
            !err.contains('\tat ')
        }

        where:
        args                                                                      | message
        ['appliance', 'serve', '--estate', 'huge', '--port', '0']                 | "expected small, large or counts"
        ['appliance', 'serve', '--faults', 'boom=1', '--port', '0']               | "unknown fault 'boom'"
        ['appliance', 'reset', '--estate', 'instances=x']                         | 'instances is not a whole number: x'
    }

    def "a state with another estate, or a port in use, stops serve with one clear line"() {
        given:
        def running = SimulatedAppliance.start(SimOptions.defaults(dir.resolve('busy')))
        SimulatedAppliance.start(SimOptions.defaults(dir.resolve('small'))).close()

        when:
        def wrongEstate = run('appliance', 'serve', '--port', '0', '--state', dir.resolve('small').toString(), '--estate', 'large')
        def portTaken = run('appliance', 'serve', '--port', String.valueOf(running.baseUri().port), '--state', dir.resolve('other').toString())

        then:
        wrongEstate.exit == 1
        wrongEstate.err.readLines().first() ==~ /vbaws: the appliance state in .* holds the small estate, not large; start it over with: vbaws appliance reset .*/
        portTaken.exit == 1
        portTaken.err.startsWith("vbaws: cannot listen on 127.0.0.1:${running.baseUri().port}")

        cleanup:
        running?.close()
    }

    def "reset starts the state over and says what it holds now"() {
        given:
        def sim = SimulatedAppliance.start(SimOptions.defaults(dir))
        def http = ApplianceHttp.loggedIn(sim)
        http.create(http.policyBody('forget-me', ['web-01']))
        sim.close()

        when:
        def reset = run('appliance', 'reset', '--state', dir.toString(), '--seed', '11')
        def again = SimulatedAppliance.start(SimOptions.defaults(dir))

        then:
        reset.exit == 0
        reset.out.trim() ==~ /vbaws appliance state in .* started over: small estate, seed 11, clock .*, 3 policies/
        ApplianceHttp.loggedIn(again).all('/policy/ec2SlaBasedPolicies')*.name == ['legacy-nightly', 'finance-db', 'sandbox-weekly']

        cleanup:
        again?.close()
    }

    def "without --state, reset and serve use VBAWS_HOME/appliance"() {
        given:
        def env = new CliEnvironment([VBAWS_HOME: dir.toString()], System.in)
        def out = new StringWriter()

        when:
        int exit = Main.run(['appliance', 'reset', '--seed', '3'] as String[], new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), env)

        then:
        exit == 0
        out.toString().contains("state in ${dir.resolve('appliance')} started over")
        Files.exists(dir.resolve('appliance/appliance.json'))
    }

    def "serve in its own process prints the URL first, keeps its state under VBAWS_HOME, and shuts down cleanly on SIGTERM"() {
        given:
        String java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        def builder = new ProcessBuilder(java, '-cp', System.getProperty('java.class.path'), 'io.vbaws.cli.Main',
                'appliance', 'serve', '--port', '0').redirectErrorStream(true)
        builder.environment().put('VBAWS_HOME', dir.toString())
        def process = builder.start()
        def reader = new BufferedReader(new InputStreamReader(process.inputStream))

        when:
        String first = reader.readLine()
        def http = new ApplianceHttp(URI.create(first - 'vbaws appliance listening on '))

        then:
        first ==~ /vbaws appliance listening on http:\/\/127\.0\.0\.1:\d+/
        http.login('admin', SimOptions.DEFAULT_ADMIN_PASSWORD).status == 200
        Files.exists(dir.resolve('appliance/appliance.json'))

        when:
        process.destroy()
        boolean ended = process.waitFor(20, TimeUnit.SECONDS)

        then:
        ended
        process.exitValue() == 143
        !Files.exists(dir.resolve('appliance/lock'))

        cleanup:
        process?.destroyForcibly()
    }
}
