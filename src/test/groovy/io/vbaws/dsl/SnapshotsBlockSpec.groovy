package io.vbaws.dsl

import io.vbaws.api.model.KeyValueTag

/** snapshots { tags; copyTagsFromVolume; vss; windows { }; linux { } }, with all eight script settings. */
class SnapshotsBlockSpec extends DslSpecification {

    def "snapshot tags, copy-tags and VSS"() {
        when:
        def s = policy("""slaPolicy "s" { $REQUIRED
    snapshots {
        tags owner: "platform", costCenter: 1234
        tags team: "web"
        copyTagsFromVolume true
        vss false
    }
}""").snapshots()

        then:
        s.additionalTags() == [new KeyValueTag('owner', 'platform'), new KeyValueTag('costCenter', '1234'), new KeyValueTag('team', 'web')]
        s.copyTagsFromVolumeEnabled()
        !s.tryCreateVSSSnapshot()
        s.snapshotScripts() == null
    }

    def "all eight script settings, for Windows and for Linux"() {
        when:
        def scripts = policy("""slaPolicy "s" { $REQUIRED
    snapshots {
        windows {
            enabled false
            pre "C:\\\\pre.ps1", "-a"
            post "C:\\\\post.ps1"
            postArguments "-b"
            onlyForBackupSnapshots true
            ignoreMissing true
            ignoreErrors false
        }
        linux {
            pre "/opt/freeze.sh"
            preArguments "--x"
            post "/opt/thaw.sh", "--y"
            onlyForBackupSnapshots false
            ignoreMissing false
            ignoreErrors true
        }
    }
}""").snapshots().snapshotScripts()

        then:
        with(scripts.windowsScripts()) {
            enabled() == false
            preSnapshotScript() == 'C:\\pre.ps1'
            preSnapshotArguments() == '-a'
            postSnapshotScript() == 'C:\\post.ps1'
            postSnapshotArguments() == '-b'
            runOnlyForBackupSnapshots() == true
            ignoreMissingScripts() == true
            ignoreScriptErrors() == false
        }
        with(scripts.linuxScripts()) {
            enabled() == true
            preSnapshotScript() == '/opt/freeze.sh'
            preSnapshotArguments() == '--x'
            postSnapshotScript() == '/opt/thaw.sh'
            postSnapshotArguments() == '--y'
            runOnlyForBackupSnapshots() == false
            ignoreMissingScripts() == false
            ignoreScriptErrors() == true
        }
    }

    def "the design's one-line linux block enables the scripts and sets only what it writes"() {
        when:
        def linux = policy("""slaPolicy "s" { $REQUIRED
    snapshots { linux { pre "/opt/freeze.sh"; post "/opt/thaw.sh"; ignoreErrors true } }
}""").snapshots().snapshotScripts()

        then:
        linux.windowsScripts() == null
        with(linux.linuxScripts()) {
            enabled()
            preSnapshotScript() == '/opt/freeze.sh'
            postSnapshotScript() == '/opt/thaw.sh'
            ignoreScriptErrors()
            preSnapshotArguments() == null
            runOnlyForBackupSnapshots() == null
            ignoreMissingScripts() == null
        }
    }

    def "more than five snapshot tags is an error at the tags line"() {
        when:
        def errors = errorsOf("""slaPolicy "s" { $REQUIRED
    snapshots {
        tags a: "1", b: "2", c: "3"
        tags d: "4", e: "5", f: "6"
    }
}""")

        then:
        errors*.toString() == ['(policies.groovy, line 3, column 9) snapshots: at most 5 tags, not 6']
    }

    def "a word of the policy written inside snapshots is an error, not a silent policy setting"() {
        when:
        def errors = errorsOf("""slaPolicy "s" { $REQUIRED
    snapshots {
        retries 3
    }
}""")

        then:
        errors*.toString() == ['(policies.groovy, line 3, column 9) retries belongs in slaPolicy, not inside snapshots']
    }

    def "an unknown word inside windows names the block and suggests the closest"() {
        when:
        def errors = errorsOf("""slaPolicy "s" { $REQUIRED
    snapshots { windows { ignoreError true } }
}""")

        then:
        errors*.toString() == ['(policies.groovy, line 2, column 27) unknown setting ignoreError in windows/linux; did you mean "ignoreErrors"?']
    }
}
