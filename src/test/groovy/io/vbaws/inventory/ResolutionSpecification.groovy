package io.vbaws.inventory

import io.vbaws.declaration.Declarations
import io.vbaws.declaration.ScriptErrors
import io.vbaws.dsl.PolicyScripts
import io.vbaws.dsl.ScriptSource
import spock.lang.Specification

/** Declares with the DSL and resolves against the in-memory test estate. */
abstract class ResolutionSpecification extends Specification {

    TestEstate estate = new TestEstate()
    InventoryIndex index = estate.index()

    Declarations declare(String text, String file = 'policies.groovy') {
        new PolicyScripts().loadSources([new ScriptSource(file, text)])
    }

    DesiredState resolve(String text, String file = 'policies.groovy') {
        new PolicyResolver(index).resolve(declare(text, file))
    }

    ResolvedPolicy resolveOne(String text) {
        def state = resolve(text)
        assert state.policies().size() == 1
        state.policies()[0]
    }

    List<String> resolutionErrors(String text, String file = 'policies.groovy') {
        def declarations = declare(text, file)
        try {
            new PolicyResolver(index).resolve(declarations)
        } catch (ScriptErrors e) {
            return e.errors()*.toString()
        }
        throw new AssertionError('expected resolution errors, got none')
    }

    /** A policy over {@code regions} with the required settings and {@code body}. */
    static String policy(String body, String regions = '"us-east-1"') {
        """slaPolicy "p" {
    account "backup-prod"; regions $regions; template "gold"
    $body
}"""
    }
}
