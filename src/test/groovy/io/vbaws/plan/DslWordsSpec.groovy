package io.vbaws.plan

import spock.lang.Specification

/** The script's words for the API's field names, in plans and in the appliance's own messages. */
class DslWordsSpec extends Specification {

    def "#path is #word in a script"() {
        expect:
        DslWords.of(path) == word

        where:
        path                                                                   || word
        'slaTemplateId'                                                        || 'template'
        'identityId'                                                           || 'account'
        'excludedItems.excludedVolumes.excludedItems'                          || 'exclude volumes'
        'productionWorkersSettings.workerRoleId'                               || 'workers role'
        'snapshotSettings.snapshotScripts.linuxScripts.ignoreScriptErrors'    || 'snapshots linux ignoreErrors'
        'replicaSettings.mapping[us-east-1].targetIAMRoleId'                   || 'replicate from "us-east-1" role'
        'replicaSettings.mapping[0].encryptionKey'                             || 'replicate (route 1) key'
        'isEnabled'                                                            || 'enabled'
        'somethingNew'                                                         || 'somethingNew'
    }

    def "every compared field has a word of its own"() {
        expect:
        SpecField.ALL*.word().toSet().size() == SpecField.ALL.size()
        SpecField.ALL.findAll { !it.isProtectMark() }.every { DslWords.of(it.path()) == it.word() }

        and: 'the protect mark shares the description\'s path, which keeps its own word'
        DslWords.of('description') == 'description'
    }

    def "an appliance message is said in the script's words, plain English left alone"() {
        expect:
        DslWords.inScriptWords(message) == said

        where:
        message                                                                                    || said
        'productionWorkersSettings.workerRoleId is required when useProductionWorkers is true'    || 'workers role is required when workers production is true'
        'replicaSettings.mapping[0].targetRegionId must differ from sourceRegionId: us-east-1'    || 'replicate (route 1) to must differ from replicate from: us-east-1'
        'regionIds must not be empty'                                                              || 'regions must not be empty'
        'the name is taken by ops@example.com'                                                     || 'the name is taken by ops@example.com'
    }
}
