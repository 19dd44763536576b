package io.vbaws.runbook

import spock.lang.Specification

import java.lang.reflect.Modifier

/** IDEs complete runbooks: the GDSL descriptor ships in the jar with the facade's types, and the facade's signatures are typed. */
class RunbookIdeSupportSpec extends Specification {

    def "the runbook GDSL gives runbooks/ the base class and the typed vbaws, params and log"() {
        given:
        String gdsl = getClass().getResource('/io/vbaws/runbook/runbook.gdsl').text
        def calls = []
        def binding = new Binding([
                scriptScope: { -> 'script-scope' },
                context    : { Map args -> calls << [context: args]; 'runbook-context' },
                contributor: { Object ctx, Closure body ->
                    body.delegate = new Expando(
                            findClass: { String name -> calls << [findClass: name]; name },
                            delegatesTo: { Object cls -> calls << [delegatesTo: cls] },
                            method: { Map m -> calls << [method: m.name] },
                            property: { Map p -> calls << [property: p.name, type: p.type] })
                    body.resolveStrategy = Closure.DELEGATE_FIRST
                    body()
                }])

        when:
        new GroovyShell(binding).evaluate(gdsl)

        then:
        calls.contains([context: [scope: 'script-scope', filetypes: ['groovy'], pathRegexp: '.*/runbooks/.*']])
        calls.contains([delegatesTo: RunbookScript.name])
        Class.forName(calls.find { it.property == 'vbaws' }.type) == Vbaws
        Class.forName(calls.find { it.property == 'log' }.type) == RunLog
        calls.findAll { it.method }*.method.sort() == ['exit', 'fail', 'param']
        ['exit', 'fail', 'param'].every { name -> RunbookScript.methods.any { it.name == name } }
    }

    def "the facade's public methods take and return types, never bare Object results but for values a script chooses"() {
        when:
        def untyped = Vbaws.declaredMethods.findAll { Modifier.isPublic(it.modifiers) && it.returnType == Object }

        then:
        untyped == []
        Vbaws.getMethod('waitUntil', Map, Closure).returnType == boolean
        Vbaws.getMethod('waitUntil', Map, Closure).parameterAnnotations[1].find { it instanceof DelegatesTo }.value() == Vbaws
        Vbaws.getMethod('policies', Map).genericReturnType.typeName == 'java.util.List<io.vbaws.runbook.RunbookPolicy>'
    }
}
