package io.vbaws.dsl

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.vbaws.declaration.Declarations
import io.vbaws.declaration.PolicySetting
import io.vbaws.declaration.ScriptErrors
import spock.lang.Specification

/**
 * Every script of dsl-examples/, every script `vbaws export` wrote for the simulated appliance's
 * estate, and the forms the specs use declare exactly what the old compile-and-run path declared:
 * src/test/resources/compat/golden.json was written by that path before it was removed.
 * Run with -Dvbaws.compat.record=true to write the golden file again (only ever from a trusted path).
 */
class CompatibilitySpec extends Specification {

    static final File GOLDEN = new File('src/test/resources/compat/golden.json')

    static List<File> corpus() {
        def files = []
        files += new File('dsl-examples').listFiles().findAll { it.name.endsWith('.groovy') }
        files += new File('src/test/resources/compat/saved/export').listFiles().findAll { it.name.endsWith('.groovy') }
        files << new File('src/test/resources/compat/saved/export-all.groovy')
        files += new File('src/test/resources/compat/forms').listFiles().findAll { it.name.endsWith('.groovy') }
        files.sort { it.path }
    }

    static String outcome(File file) {
        try {
            Declarations d = new PolicyScripts().load([file.toPath()])
            return (d.policies().collect { policy -> render(policy) } + d.protectRules()*.toString() + d.warnings()*.render()).join('\n')
        } catch (ScriptErrors e) {
            return 'ERRORS\n' + e.errors()*.render().join('\n')
        }
    }

    /** Places the old path did not record (issue 14.4 added them); the rest must be the same. */
    static final Set<PolicySetting> NEW_PLACES = [PolicySetting.SNAPSHOT_COPY_TAGS, PolicySetting.SNAPSHOT_VSS,
                                                  PolicySetting.REPLICA_COPY_TAGS] as Set

    /** A declaration as text, its places in setting order (the record's map has no fixed order). */
    static String render(io.vbaws.declaration.PolicyDeclaration policy) {
        String text = policy.toString()
        text.substring(0, text.lastIndexOf(', places={')) + ', places=' + new TreeMap(policy.places().findAll { !(it.key in NEW_PLACES) }) + ']'
    }

    def "every script of the corpus declares what the old path declared"() {
        given:
        Map<String, String> now = corpus().collectEntries { [(it.path): outcome(it)] }
        if (Boolean.getBoolean('vbaws.compat.record')) {
            GOLDEN.text = JsonOutput.prettyPrint(JsonOutput.toJson(now)) + '\n'
        }
        Map<String, String> golden = new JsonSlurper().parse(GOLDEN) as Map<String, String>

        expect:
        now.keySet() == golden.keySet()
        now.each { path, text -> assert text == golden[path], path }
        !golden.values().any { it.startsWith('ERRORS') }
    }
}
