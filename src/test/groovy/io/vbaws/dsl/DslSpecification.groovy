package io.vbaws.dsl

import io.vbaws.declaration.Declarations
import io.vbaws.declaration.PolicyDeclaration
import io.vbaws.declaration.ScriptError
import io.vbaws.declaration.ScriptErrors
import spock.lang.Specification

/** Runs scripts given as text through {@link PolicyScripts}, for the DSL's specs. */
abstract class DslSpecification extends Specification {

    /** The settings every policy needs, for specs about the others. */
    static final String REQUIRED = 'account "backup-prod"; regions "us-east-1"; template "gold"'

    PolicyScripts scripts = new PolicyScripts()

    Declarations declare(String text, String file = 'policies.groovy') {
        scripts.loadSources([new ScriptSource(file, text)])
    }

    Declarations declareFiles(Map<String, String> files) {
        scripts.loadSources(files.collect { name, text -> new ScriptSource(name, text) })
    }

    /** The one policy {@code text} declares. */
    PolicyDeclaration policy(String text) {
        def declarations = declare(text)
        assert declarations.policies().size() == 1
        declarations.policies()[0]
    }

    /** The errors of a script that must fail. */
    List<ScriptError> errorsOf(String text, String file = 'policies.groovy') {
        try {
            declare(text, file)
        } catch (ScriptErrors e) {
            return e.errors()
        }
        throw new AssertionError('expected script errors, got none')
    }

    List<ScriptError> errorsOfFiles(Map<String, String> files) {
        try {
            declareFiles(files)
        } catch (ScriptErrors e) {
            return e.errors()
        }
        throw new AssertionError('expected script errors, got none')
    }
}
