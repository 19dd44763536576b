package io.vbaws.cli

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

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
}
