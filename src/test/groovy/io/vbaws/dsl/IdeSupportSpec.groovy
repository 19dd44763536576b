package io.vbaws.dsl

import spock.lang.Specification

import java.lang.reflect.Method
import java.lang.reflect.Modifier

/** What IDEs need: @DelegatesTo on every closure parameter of the DSL, and the GDSL descriptor. */
class IdeSupportSpec extends Specification {

    static final List<Class<?>> BLOCKS = [PolicyScript, PolicyContext, SnapshotContext, GuestScriptContext, ReplicaContext]

    def "every closure parameter of #block.simpleName delegates to a context, delegate first"() {
        given:
        List<Method> withClosures = block.declaredMethods.findAll { Modifier.isPublic(it.modifiers) && Closure in it.parameterTypes }

        expect:
        withClosures.every { Method m ->
            def annotation = m.parameterAnnotations[m.parameterTypes.findIndexOf { it == Closure }].find { it instanceof DelegatesTo } as DelegatesTo
            annotation != null && annotation.strategy() == Closure.DELEGATE_FIRST && annotation.value() in BLOCKS
        }

        where:
        block << BLOCKS
    }

    def "the blocks with closures are the ones the design names"() {
        expect:
        BLOCKS.collectMany { b -> b.declaredMethods.findAll { Modifier.isPublic(it.modifiers) && Closure in it.parameterTypes }*.name }
                .sort() == ['defaults', 'linux', 'replicas', 'slaPolicy', 'snapshots', 'windows']
    }

    def "the GDSL descriptor ships in the jar and gives IntelliJ the script's base class"() {
        given:
        String gdsl = getClass().getResource('/io/vbaws/dsl/vbaws.gdsl').text
        def calls = []
        def binding = new Binding([
                scriptScope: { -> 'script-scope' },
                context    : { Map args -> calls << [context: args]; 'policy-context' },
                contributor: { Object ctx, Closure body ->
                    def recorder = new Expando(
                            findClass: { String name -> calls << [findClass: name]; name },
                            delegatesTo: { Object cls -> calls << [delegatesTo: cls] },
                            method: { Map m -> calls << [method: m.name] },
                            property: { Map p -> calls << [property: p.name] })
                    body.delegate = recorder
                    body.resolveStrategy = Closure.DELEGATE_FIRST
                    body()
                }])

        when:
        new GroovyShell(binding).evaluate(gdsl)

        then:
        calls.contains([context: [scope: 'script-scope', filetypes: ['groovy']]])
        calls.contains([delegatesTo: PolicyScript.name])
        Class.forName(calls.find { it.findClass }.findClass) == PolicyScript
    }

    def "the GDSL fallback offers exactly the script's top-level words"() {
        given:
        String gdsl = getClass().getResource('/io/vbaws/dsl/vbaws.gdsl').text
        def words = []
        def binding = new Binding([
                scriptScope: { -> null },
                context    : { Map args -> null },
                contributor: { Object ctx, Closure body ->
                    body.delegate = new Expando(findClass: { String n -> null }, delegatesTo: { c -> },
                            method: { Map m -> words << m.name }, property: { Map p -> words << p.name })
                    body.resolveStrategy = Closure.DELEGATE_FIRST
                    body()
                }])

        when:
        new GroovyShell(binding).evaluate(gdsl)

        then:
        words.sort() == (DslWords.words(DslBlock.SCRIPT) + ['system']).sort()
    }
}
