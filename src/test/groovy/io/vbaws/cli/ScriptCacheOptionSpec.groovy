package io.vbaws.cli

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/** Commands keep what script files declare under $VBAWS_HOME/cache; --no-cache keeps nothing there. */
class ScriptCacheOptionSpec extends Specification {

    @TempDir Path dir

    int vbaws(Path home, String... args) {
        Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new CliEnvironment([VBAWS_HOME: home.toString()], InputStream.nullInputStream()))
    }

    static List<String> filesUnder(Path path) {
        Files.exists(path) ? Files.walk(path).withCloseable { s -> s.filter { Files.isRegularFile(it) }.toList() }*.toString() : []
    }

    def "validate keeps one sealed entry per script file, and the key beside the cache"() {
        given:
        Path home = dir.resolve('home')

        expect:
        vbaws(home, 'validate', 'dsl-examples/quickstart.groovy', 'dsl-examples/production.groovy') == 0
        filesUnder(home.resolve('cache/scripts')).size() == 2
        Files.size(home.resolve('cache.key')) == 32

        and: 'a second run gives the same answer from the cache'
        vbaws(home, 'validate', 'dsl-examples/quickstart.groovy', 'dsl-examples/production.groovy') == 0
        filesUnder(home.resolve('cache/scripts')).size() == 2
    }

    def "--no-cache writes nothing: no cache, no key"() {
        given:
        Path home = dir.resolve('home')

        expect:
        vbaws(home, 'validate', '--no-cache', 'dsl-examples/quickstart.groovy', 'dsl-examples/production.groovy') == 0
        vbaws(home, '--no-cache', 'validate', 'dsl-examples/reference.groovy') == 0
        filesUnder(home) == []
    }

    def "--no-cache does not read the cache either: a changed entry is not used"() {
        given:
        Path home = dir.resolve('home')
        Path script = dir.resolve('p.groovy')
        Files.writeString(script, 'slaPolicy "p" {\n    account "backup-prod"; regions "us-east-1"; template "gold"\n    retries 500\n}\n')
        def err = new StringWriter()

        when: 'the refused script is cached, then its entry deleted and replaced by garbage'
        vbaws(home, 'validate', script.toString())
        filesUnder(home.resolve('cache/scripts')).each { Files.writeString(Path.of(it), 'garbage') }
        int code = Main.run(['validate', '--no-cache', script.toString()] as String[], new PrintWriter(new StringWriter()),
                new PrintWriter(err), new CliEnvironment([VBAWS_HOME: home.toString()], InputStream.nullInputStream()))

        then:
        code == 1
        err.toString().contains('retries must be 0..100, not 500')
        filesUnder(home.resolve('cache/scripts')).every { Files.readString(Path.of(it)) == 'garbage' }
    }
}
