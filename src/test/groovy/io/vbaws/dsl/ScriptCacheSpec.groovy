package io.vbaws.dsl

import io.vbaws.declaration.Declarations
import io.vbaws.declaration.ScriptErrors
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions

/**
 * The script cache: an unchanged file is not evaluated again and gives equal declarations; a changed
 * file is evaluated alone; an entry that is corrupt, foreign, planted or of another build is never
 * trusted; a refused script stays refused whatever entry exists for it.
 */
class ScriptCacheSpec extends Specification {

    static final String REQUIRED = 'account "backup-prod"; regions "us-east-1"; template "gold"'
    static final String HOSTILE = """slaPolicy "leak" {
    $REQUIRED
    description System.getenv("VBAWS_PASSWORD")
}
"""

    @TempDir Path home

    DiskScriptCache cache(String version = 'test-build', Path keyFile = home.resolve('cache.key')) {
        new DiskScriptCache(home.resolve('cache/scripts'), keyFile, version)
    }

    static ScriptSource source(String name, String text) {
        new ScriptSource(name, text)
    }

    static ScriptSource policyFile(String name, String policy, String description = 'from the script') {
        source(name, "slaPolicy \"$policy\" {\n    $REQUIRED\n    description \"$description\"\n}\n")
    }

    /** Declarations no script wrote: when a load answers them, it read them from the cache. */
    static FileDeclarations planted(String file, String policy) {
        def declared = new PolicyScripts().loadSources([policyFile(file, policy, 'planted')])
        new FileDeclarations(declared.policies(), declared.protectRules(), [])
    }

    /** A cache that remembers what the load evaluated and stored. */
    static class Recording implements ScriptCache {
        final ScriptCache inner
        final Map<String, FileDeclarations> stored = [:]

        Recording(ScriptCache inner) { this.inner = inner }

        Optional<FileDeclarations> find(ScriptSource source) { inner.find(source) }

        void store(ScriptSource source, FileDeclarations declarations) {
            stored[source.name()] = declarations
            inner.store(source, declarations)
        }
    }

    def "a warm run finds every example file in the cache, equal to evaluating it, and declares the same"() {
        given:
        def files = new File('dsl-examples').listFiles().findAll { it.name.endsWith('.groovy') }.sort()*.toPath()
        def sources = files.collect { source(it.toString(), Files.readString(it)) }
        def recording = new Recording(cache())

        when:
        Declarations cold = new PolicyScripts(recording).loadSources(sources)
        Declarations warm = new PolicyScripts(cache()).loadSources(sources)

        then:
        recording.stored.keySet() == sources*.name() as Set
        sources.every { cache().find(it).get() == recording.stored[it.name()] }
        warm == cold
        warm.policies().size() == 9
    }

    def "a file found in the cache is not evaluated: the load answers what the entry holds"() {
        given:
        def file = policyFile('a.groovy', 'from-script')
        cache().store(file, planted('a.groovy', 'from-cache'))

        expect:
        new PolicyScripts(cache()).loadSources([file]).policies()*.name() == ['from-cache']
    }

    def "a changed file is evaluated again; the unchanged ones still come from the cache"() {
        given:
        def a = policyFile('a.groovy', 'a')
        def b = policyFile('b.groovy', 'b')
        cache().store(a, planted('a.groovy', 'a-cached'))
        cache().store(b, planted('b.groovy', 'b-cached'))
        def changedB = policyFile('b.groovy', 'b', 'changed')

        when:
        def policies = new PolicyScripts(cache()).loadSources([a, changedB]).policies()

        then:
        policies*.name() == ['a-cached', 'b']
        policies[1].description() == 'changed'
        cache().find(changedB).get().policies()*.description() == ['changed']
    }

    def "the same text under another file name is another entry: errors name the file they are in"() {
        given:
        def a = policyFile('a.groovy', 'p')
        cache().store(a, planted('a.groovy', 'cached'))

        expect:
        !cache().find(source('renamed.groovy', a.text())).present
    }

    def "an entry of another build or language version is not used"() {
        given:
        def a = policyFile('a.groovy', 'p')
        cache('build-1').store(a, planted('a.groovy', 'cached'))

        expect:
        cache('build-1').find(a).present
        !cache('build-2').find(a).present
    }

    def "a corrupt entry is ignored, the file evaluated and the entry rebuilt"() {
        given:
        def a = policyFile('a.groovy', 'p')
        cache().store(a, planted('a.groovy', 'cached'))
        Path entry = cache().entryOf(a)
        Files.write(entry, Files.readAllBytes(entry)[0..-20] as byte[])

        when:
        def names = new PolicyScripts(cache()).loadSources([a]).policies()*.name()

        then:
        names == ['p']
        cache().find(a).get().policies()*.name() == ['p']

        when: 'an entry of garbage'
        Files.writeString(entry, 'not an entry at all')

        then:
        !cache().find(a).present
        new PolicyScripts(cache()).loadSources([a]).policies()*.name() == ['p']
    }

    def "an entry sealed by another home's key is ignored, though it is well-formed JSON"() {
        given:
        def a = policyFile('a.groovy', 'p')
        cache('test-build', home.resolve('other-home.key')).store(a, planted('a.groovy', 'foreign'))

        expect: 'the entry is where this cache looks, and reads as JSON after its seal line'
        Files.exists(cache().entryOf(a))
        Files.readAllLines(cache().entryOf(a))[1].startsWith('{')
        !cache().find(a).present
        new PolicyScripts(cache()).loadSources([a]).policies()*.name() == ['p']
    }

    def "an entry edited after it was sealed is ignored"() {
        given:
        def a = policyFile('a.groovy', 'p')
        cache().store(a, planted('a.groovy', 'cached'))
        Path entry = cache().entryOf(a)
        Files.writeString(entry, Files.readString(entry).replace('"cached"', '"edited"'))

        expect:
        !cache().find(a).present
    }

    def "a refused script stays refused when a planted entry for it exists"() {
        given:
        def hostile = source('leak.groovy', HOSTILE)

        when: 'an entry for this very file and text, sealed by another key, says it is clean'
        cache('test-build', home.resolve('attacker.key')).store(hostile, planted('leak.groovy', 'clean'))
        new PolicyScripts(cache()).loadSources([hostile])

        then:
        def refused = thrown(ScriptErrors)
        refused.errors()*.at*.file.toSet() == ['leak.groovy'] as Set

        when: 'an entry this home sealed for a harmless text is put where the hostile text is looked up'
        def harmless = source('leak.groovy', HOSTILE.replace('System.getenv("VBAWS_PASSWORD")', '"harmless"'))
        cache().store(harmless, planted('leak.groovy', 'clean'))
        Files.copy(cache().entryOf(harmless), cache().entryOf(hostile), java.nio.file.StandardCopyOption.REPLACE_EXISTING)
        new PolicyScripts(cache()).loadSources([hostile])

        then:
        thrown(ScriptErrors)

        when: 'it is refused again from its own, true entry'
        new PolicyScripts(cache()).loadSources([hostile])

        then:
        thrown(ScriptErrors)
        !cache().find(hostile).get().problems().isEmpty()
    }

    def "the key is made on the first store, readable by its owner only, and kept"() {
        given:
        def keyFile = home.resolve('cache.key')

        expect:
        !Files.exists(keyFile)
        !cache().find(policyFile('a.groovy', 'p')).present

        when:
        cache().store(policyFile('a.groovy', 'p'), planted('a.groovy', 'p'))
        byte[] key = Files.readAllBytes(keyFile)
        cache().store(policyFile('b.groovy', 'q'), planted('b.groovy', 'q'))

        then:
        key.length == 32
        PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)) == 'rw-------'
        Files.readAllBytes(keyFile) == key
        cache().find(policyFile('a.groovy', 'p')).present
    }

    def "a cache that cannot be written costs a run nothing"() {
        given:
        Files.createDirectories(home.resolve('cache'))
        Files.writeString(home.resolve('cache/scripts'), 'a file where the directory should be')

        expect:
        new PolicyScripts(cache()).loadSources([policyFile('a.groovy', 'p')]).policies()*.name() == ['p']
    }

    def "entries are written whole: no temporary file is left beside them"() {
        when:
        new PolicyScripts(cache()).loadSources([policyFile('a.groovy', 'p'), policyFile('b.groovy', 'q')])

        then:
        Files.list(home.resolve('cache/scripts')).withCloseable { it.toList() }*.fileName*.toString().every { it.endsWith('.entry') }
    }

    def "entries no run used for 30 days are dropped, a hit keeps its entry, and a full cache drops its oldest"() {
        given:
        def disk = new DiskScriptCache(home.resolve('cache/scripts'), home.resolve('cache.key'), 'test-build', 2)
        def files = ['a', 'b', 'c'].collect { policyFile("${it}.groovy", "p-$it") }
        files.each { disk.store(it, planted(it.name(), 'x')) }
        def old = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(40)))
        files.each { Files.setLastModifiedTime(disk.entryOf(it), old) }

        when: 'a is read again (a hit), b and c are not; the cache holds at most two'
        def hit = disk.find(files[0])
        disk.trim()

        then:
        hit.present
        Files.exists(disk.entryOf(files[0]))
        !Files.exists(disk.entryOf(files[1]))
        !Files.exists(disk.entryOf(files[2]))

        when: 'over the cap, the least recently used goes first, even if recent'
        Files.delete(home.resolve('cache/scripts.trimmed'))
        files.each { disk.store(it, planted(it.name(), 'x')) }
        Files.setLastModifiedTime(disk.entryOf(files[1]), old)
        disk.trim()

        then:
        ['a', 'c'].every { n -> Files.exists(disk.entryOf(files.find { it.name() == "${n}.groovy" })) }
        !Files.exists(disk.entryOf(files[1]))
    }

    def "a cache is looked over for trimming at most once a day"() {
        given:
        def disk = new DiskScriptCache(home.resolve('cache/scripts'), home.resolve('cache.key'), 'test-build', 1)
        def a = policyFile('a.groovy', 'p-a')
        def b = policyFile('b.groovy', 'p-b')
        disk.store(a, planted('a.groovy', 'x'))
        disk.trim()
        disk.store(b, planted('b.groovy', 'x'))

        when:
        disk.trim()

        then: 'two entries over a cap of one, but the trim of the day has run'
        Files.exists(disk.entryOf(a))
        Files.exists(disk.entryOf(b))
    }
}
