package io.vbaws

import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

/**
 * The layers of DESIGN.md hold: each package imports only the layers below it, only api speaks
 * HTTP as a client, plan does no I/O, the simulated appliance knows only the API's records, and
 * Groovy types stay in dsl, repl and runbook.
 */
class LayeringSpec extends Specification {

    static final Path MAIN = Path.of('src/main/java/io/vbaws')

    /** What each layer may import from io.vbaws (a package, or one class). */
    static final Map<String, List<String>> ALLOWED = [
            'text'       : [],
            'files'      : [],
            'concurrent' : [],
            'api.model'  : [],
            'api'        : ['api.model', 'text'],
            'sim'        : ['api.model', 'files', 'text'],
            'declaration': ['api.model', 'text'],
            'inventory'  : ['api', 'api.model', 'concurrent', 'declaration', 'text'],
            'dsl'        : ['api.model', 'concurrent', 'declaration', 'files', 'inventory', 'text'],
            'plan'       : ['api.model', 'declaration', 'inventory', 'text'],
            'apply'      : ['api', 'api.model', 'concurrent', 'declaration', 'inventory', 'plan', 'text'],
            'query'      : ['api', 'api.model', 'concurrent', 'declaration', 'inventory', 'text'],
            'repl'       : ['api', 'api.model', 'declaration', 'inventory', 'query', 'text'],
            'runbook'    : ['api', 'api.model', 'apply', 'declaration', 'dsl', 'inventory', 'plan', 'query', 'text'],
            'cli'        : ['api', 'api.model', 'apply', 'declaration', 'dsl', 'files', 'inventory', 'plan', 'query', 'repl', 'runbook', 'sim', 'text'],
    ]

    static Map<String, List<Path>> sourcesByLayer() {
        Map<String, List<Path>> layers = [:].withDefault { [] }
        Files.walk(MAIN).withCloseable { stream ->
            stream.filter { it.toString().endsWith('.java') }.forEach { Path file ->
                String pkg = MAIN.relativize(file.parent).toString().replace(File.separator, '.')
                layers[pkg] << file
            }
        }
        layers
    }

    static List<String> imports(Path file) {
        Files.readAllLines(file).findAll { it.startsWith('import ') }.collect { it.replaceFirst(/^import (static )?/, '').replace(';', '').trim() }
    }

    def "every package under io.vbaws is a known layer"() {
        expect:
        ALLOWED.keySet().containsAll(sourcesByLayer().keySet())
    }

    def "#layer imports only the layers below it"() {
        when:
        def offending = sourcesByLayer()[layer].collectMany { file ->
            imports(file).findAll { it.startsWith('io.vbaws.') }.collect { it.substring('io.vbaws.'.length()) }
                    .findAll { String target ->
                        String targetPackage = target.replaceFirst(/\.[A-Z].*$/, '')
                        targetPackage != layer && !ALLOWED[layer].any { allowed ->
                            targetPackage == allowed || target == allowed || target.startsWith(allowed + '.')
                        }
                    }
                    .collect { "${file.fileName} imports io.vbaws.$it" }
        }

        then:
        offending == []

        where:
        layer << ALLOWED.keySet().findAll { sourcesByLayer().containsKey(it) }
    }

    def "only api speaks HTTP as a client, and plan does no I/O"() {
        when:
        def offending = sourcesByLayer().findAll { layer, files -> layer != 'api' }.collectMany { layer, files ->
            files.collectMany { file ->
                imports(file).findAll { it.startsWith('okhttp3.') && !it.startsWith('okhttp3.tls.') || it.startsWith('java.net.http.') }
                        .collect { "$layer/${file.fileName} imports $it" }
            }
        } + sourcesByLayer()['plan'].collectMany { file ->
            imports(file).findAll { it.startsWith('java.nio.file.') || it ==~ /java\.io\.File.*/ || it.startsWith('okhttp3.')
                    || it ==~ /java\.net\.(Socket|ServerSocket|URL|HttpURLConnection|http\.).*/ }
                    .collect { "plan/${file.fileName} imports $it" }
        }

        then:
        offending == []
    }

    def "Groovy types stay in dsl, repl and runbook"() {
        when:
        def offending = sourcesByLayer().findAll { layer, files -> !(layer in ['dsl', 'repl', 'runbook']) }.collectMany { layer, files ->
            files.collectMany { file ->
                imports(file).findAll { it.startsWith('groovy.') || it.startsWith('org.codehaus.groovy.') || it.startsWith('org.apache.groovy.') }
                        .collect { "$layer/${file.fileName} imports $it" }
            }
        }

        then:
        offending == []
    }
}
