package io.vbaws.files

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions

class AtomicFileSpec extends Specification {

    @TempDir Path dir

    def "a file is replaced whole, and no temp file stays beside it"() {
        given:
        def file = dir.resolve('plans/saved.plan')

        when:
        AtomicFile.write(file, 'first', 'the plan')
        AtomicFile.write(file, 'second', 'the plan')

        then:
        Files.readString(file) == 'second'
        Files.list(file.parent).withCloseable { it.toList() } == [file]
    }

    def "a replaced file keeps its permissions; a new one is its owner's only"() {
        given:
        def shared = dir.resolve('shared.groovy')
        Files.writeString(shared, 'old')
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString('rw-r--r--'))
        def fresh = dir.resolve('fresh.groovy')

        when:
        AtomicFile.write(shared, 'new', 'the export')
        AtomicFile.write(fresh, 'new', 'the export')

        then:
        PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)) == 'rw-r--r--'
        PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)) == 'rw-------'
    }

    def "a write that cannot happen says what and where, and leaves no temp file"() {
        given:
        def gone = Files.createDirectory(dir.resolve('target-is-a-dir'))

        when:
        AtomicFile.write(gone, 'text', 'the export')

        then:
        def e = thrown(UncheckedIOException)
        e.message.startsWith("cannot write the export to $gone")
        Files.list(dir).withCloseable { it.toList() }.every { !it.fileName.toString().endsWith('.tmp') }
    }

    def "create writes a whole new file, and never over one that is there"() {
        given:
        def lock = dir.resolve('lock')

        expect:
        AtomicFile.create(lock, 'pid=1\n'.bytes, 'the lock')
        !AtomicFile.create(lock, 'pid=2\n'.bytes, 'the lock')
        Files.readString(lock) == 'pid=1\n'
        Files.list(dir).withCloseable { it.toList() } == [lock]
    }

    def "the one atomic write of src/main: no other class writes through a temp file of its own"() {
        when:
        def movers = []
        Path.of('src/main/java').toFile().eachFileRecurse { f ->
            if (f.name.endsWith('.java') && f.name != 'AtomicFile.java' && (f.text.contains('createTempFile')
                    || f.text.contains('AtomicMoveNotSupportedException') || f.text.contains('.tmp'))) {
                movers << f.name
            }
        }

        then:
        movers == []
    }
}
