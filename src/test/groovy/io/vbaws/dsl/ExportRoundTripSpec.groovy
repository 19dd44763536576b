package io.vbaws.dsl

import io.vbaws.api.model.SlaPolicySpec
import io.vbaws.cli.SimulatedApplianceCliSpec
import io.vbaws.text.TerminalText

import java.nio.file.Files

/**
 * export writes characters that would act on a terminal (ESC, BEL, a bidi override, a zero-width
 * space) as Groovy escapes, so the file shows none of them raw, and validating it gives back the
 * very same names and texts.
 */
class ExportRoundTripSpec extends SimulatedApplianceCliSpec {

    static final String NAME = 'odd\u001b[31m\u0007\u202egnp.exe\u200b-name'
    static final String DESCRIPTION = 'tab\there, bell\u0007, line\u2028break, $dollar "quoted" \\back'

    def "a policy named with ESC, BEL, U+202E and U+200B exports to escapes and validates to the same name"() {
        given:
        def c = client()
        def role = c.accounts().find { it.name() == 'backup-prod' }
        def gold = c.slaTemplates().find { it.name() == 'gold' }
        def east = c.regions().find { it.name() == 'us-east-1' }
        c.createPolicy(SlaPolicySpec.builder().name(NAME).description(DESCRIPTION).identityId(role.id()).backupType('AllItems')
                .regionIds([east.id()]).slaTemplateId(gold.id()).build())
        c.close()
        def file = work.resolve('exported.groovy')

        when:
        def export = vbaws('export', '-o', file.toString())
        String text = Files.readString(file)

        then:
        export.code == 0
        !text.codePoints().anyMatch { it != ('\n' as char) && TerminalText.isUnsafe(it) }
        text.contains('slaPolicy "odd\\u001b[31m\\u0007\\u202egnp.exe\\u200b-name" {')

        when:
        def validate = vbaws('validate', file.toString())
        def declared = new PolicyScripts().load([file]).policies().find { it.name() == NAME }

        then:
        validate.code == 0
        declared != null
        declared.description() == DESCRIPTION
    }

    def "a literal of no text is a mistake of the writer, not an empty name"() {
        when:
        GroovyLiterals.quote(null)

        then:
        thrown(NullPointerException)
    }
}
