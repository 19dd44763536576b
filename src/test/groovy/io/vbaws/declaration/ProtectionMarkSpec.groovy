package io.vbaws.declaration

import spock.lang.Specification

/** The protect mark in a policy's description: its last line, exactly "[vbaws: protect true]". */
class ProtectionMarkSpec extends Specification {

    def "split and join round trip the user's text #text with the mark #marked"() {
        when:
        String description = ProtectionMark.join(text, marked)

        then:
        ProtectionMark.split(description) == new ProtectionMark(text, marked)

        where:
        text                              | marked
        'Production web tier'             | true
        'Production web tier'             | false
        'two\nlines'                      | true
        'notes: [vbaws: protect true]'    | false
        'ends\n[vbaws: protect false]'    | true
        'ends\n[vbaws: protect truer]'    | false
    }

    def "the mark is the description's own last line after the user's text"() {
        expect:
        ProtectionMark.join('Production web tier', true) == 'Production web tier\n[vbaws: protect true]'
        ProtectionMark.join('Production web tier', false) == 'Production web tier'
    }

    def "with no text of the user's the mark stands alone, and an unmarked absent description stays absent"() {
        expect:
        ProtectionMark.join(null, true) == '[vbaws: protect true]'
        ProtectionMark.join('', true) == '[vbaws: protect true]'
        ProtectionMark.join(null, false) == null
        ProtectionMark.split('[vbaws: protect true]') == new ProtectionMark('', true)
        ProtectionMark.split(null) == new ProtectionMark(null, false)
        ProtectionMark.split('') == new ProtectionMark('', false)
    }

    def "reading tolerates trailing whitespace and \\r\\n line ends: #description"() {
        expect:
        ProtectionMark.split(description) == new ProtectionMark(text, true)

        where:
        description                                  | text
        'Production\n[vbaws: protect true]  \n'      | 'Production'
        'Production\r\n[vbaws: protect true]\r\n'    | 'Production'
        'a\r\nb\r\n[vbaws: protect true]'            | 'a\r\nb'
        '[vbaws: protect true]\n'                    | ''
    }

    def "a line that only looks like the mark is the user's text: #description"() {
        expect:
        ProtectionMark.split(description) == new ProtectionMark(description, false)

        where:
        description << ['see [vbaws: protect true]', 'x\n [vbaws: protect true]', 'x\n[vbaws: protect false]',
                        'x\n[VBAWS: protect true]', 'x\n[vbaws: protect true] please']
    }

    def "the wanted description takes what the script writes and keeps what it leaves alone"() {
        expect:
        ProtectionMark.wanted(text, protect, live) == wanted

        where:
        text  | protect | live                           || wanted
        null  | null    | 'old\n[vbaws: protect true]'   || null
        null  | true    | 'old'                          || 'old\n[vbaws: protect true]'
        null  | false   | 'old\n[vbaws: protect true]'   || 'old'
        'new' | null    | 'old\n[vbaws: protect true]'   || 'new\n[vbaws: protect true]'
        'new' | null    | 'old'                          || 'new'
        'new' | false   | 'old\n[vbaws: protect true]'   || 'new'
        null  | true    | null                           || '[vbaws: protect true]'
        null  | false   | null                           || null
    }
}
