package io.vbaws.plan

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import spock.lang.Specification

import java.time.Instant

import static io.vbaws.plan.PlanFixtures.*

/** A saved plan goes to JSON and back unchanged, and a plan of another format is refused. */
class SavedPlanCodecSpec extends Specification {

    SavedPlanCodec codec = new SavedPlanCodec()
    Instant when = Instant.parse('2026-03-01T10:15:30.123Z')

    /** A plan with every kind of change, bodies, a priority order, unmanaged names and live versions. */
    static Plan everything() {
        plan([desired(changed(fullSpec(), 'selectedItems.virtualMachineIds', ['vm-4', 'vm-5']), [enabled: false]),
              desired(fullSpec('brand-new'), [priority: 1, enabled: false]),
              desired(minimalSpec('switch-on'), [enabled: true])],
                [live(fullSpec(), [id: 'p-1', usn: 42, priority: 1]), live(minimalSpec('old'), [id: 'p-2', usn: 7, priority: 2]),
                 live(minimalSpec('switch-on'), [id: 'p-3', usn: 9, priority: 3, isEnabled: false]),
                 live(minimalSpec('legacy'), [id: 'p-4', usn: 1, priority: 4])],
                [prune: true, excludes: ['legacy']])
    }

    def "a saved plan with every kind of change reads back equal"() {
        given:
        SavedPlan saved = new SavedPlan('https://vbaws.example:11005/api/v1', 'sha256:abc123', when, everything())

        expect:
        saved.plan().changes()*.action() as Set == ChangeAction.values() as Set
        saved.plan().priorityOrder() != null
        codec.read(codec.write(saved)) == saved
    }

    def "a plan without a priority order and with unmanaged policies reads back equal"() {
        given:
        SavedPlan saved = new SavedPlan('http://127.0.0.1:8080', 'sha256:0', when,
                plan([desired(changed(fullSpec(), 'description', 'x'))], [live(fullSpec()), live(minimalSpec('legacy'))]))

        expect:
        saved.plan().priorityOrder() == null
        saved.plan().unmanaged() == ['legacy']
        codec.read(codec.write(saved)) == saved
    }

    def "the file records the format version, appliance, digest, time, bodies, ids, usns and every live usn read"() {
        when:
        Map doc = new JsonSlurper().parseText(codec.write(new SavedPlan('https://a:1/api/v1', 'sha256:d', when, everything()))) as Map

        then:
        doc.kind == 'vbaws-saved-plan'
        doc.format_version == '1'
        doc.appliance_url == 'https://a:1/api/v1'
        doc.scripts_digest == 'sha256:d'
        doc.created_at == '2026-03-01T10:15:30.123Z'
        doc.changes.find { it.action == 'create' }.body.name == 'brand-new'
        doc.changes.find { it.action == 'update' }.body.selectedItems.virtualMachineIds == ['vm-4', 'vm-5']
        doc.changes.find { it.action == 'update' }.with { [it.id, it.usn] } == ['p-1', 42]
        doc.priority_order*.policy == ['brand-new', 'prod-web', 'switch-on', 'legacy', 'old']
        doc.live_versions == [[name: 'prod-web', id: 'p-1', usn: 42], [name: 'old', id: 'p-2', usn: 7],
                              [name: 'switch-on', id: 'p-3', usn: 9], [name: 'legacy', id: 'p-4', usn: 1]]
    }

    def "a plan of format version #version is refused with a clear message"() {
        given:
        Map doc = new JsonSlurper().parseText(codec.write(new SavedPlan('https://a', 'd', when, everything()))) as Map
        doc.format_version = version

        when:
        codec.read(JsonOutput.toJson(doc))

        then:
        SavedPlanException e = thrown()
        e.message == "this saved plan has format version ${shown}; this vbaws reads version '1' only: run plan again"

        where:
        version || shown
        '2'     || "'2'"
        '0.9'   || "'0.9'"
        null    || '(none)'
    }

    def "text that is not JSON is refused, with where it broke"() {
        when:
        codec.read('{"kind": "vbaws-saved-plan", ')

        then:
        SavedPlanException e = thrown()
        e.message.startsWith('not a vbaws saved plan: it is not valid JSON (line 1, column')
    }

    def "JSON that is not a saved plan is refused"() {
        when:
        codec.read(json)

        then:
        SavedPlanException e = thrown()
        e.message == "not a vbaws saved plan: 'kind' is not 'vbaws-saved-plan'"

        where:
        json << ['{"format_version": "1", "changes": []}', '[]', '"plan"', 'null']
    }

    def "a damaged saved plan is refused, naming what is wrong"() {
        given:
        Map doc = new JsonSlurper().parseText(codec.write(new SavedPlan('https://a', 'd', when, everything()))) as Map
        mutate(doc)

        when:
        codec.read(JsonOutput.toJson(doc))

        then:
        SavedPlanException e = thrown()
        e.message.startsWith('the saved plan is damaged (')
        e.message.contains(what)
        e.savedPlan()
        !(e.message =~ /io\.vbaws|Source: |byte offset/)

        where:
        what                        | mutate
        "'changes'"                 | { Map d -> d.remove('changes') }
        "'action'"                  | { Map d -> d.changes[0].remove('action') }
        "unknown change action 'x'" | { Map d -> d.changes[0].action = 'x' }
        "'usn'"                     | { Map d -> d.changes[1].usn = 'forty-two' }
        "'priority'"                | { Map d -> d.priority_order[0].priority = null }
        'created_at'                | { Map d -> d.created_at = 'yesterday' }
        'change 1, policy "x": body is not a policy' | { Map d -> d.changes[0].policy = 'x'; d.changes[0].body = 'x' }
    }

    def "user information in the appliance URL never reaches the saved plan"() {
        when:
        SavedPlan saved = new SavedPlan('https://admin:s3cret@vbaws.example:11005/api/v1', 'd', when, everything())
        String text = codec.write(saved)

        then:
        saved.applianceUrl() == 'https://vbaws.example:11005/api/v1'
        !text.contains('s3cret')
        !text.contains('admin')
    }
}
