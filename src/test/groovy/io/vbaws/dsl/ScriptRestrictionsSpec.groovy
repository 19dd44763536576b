package io.vbaws.dsl

import spock.lang.Unroll

/**
 * A policy script declares; it does not run commands, touch files or the network, reach classes or
 * class loaders, or run AST transformations. Each route is refused as a script error with file and
 * line, never a Groovy stack trace; a script with variables, loops and methods still works.
 */
class ScriptRestrictionsSpec extends DslSpecification {

    @Unroll
    def "#route is refused at its line"() {
        when:
        def errors = errorsOf("slaPolicy 'ok' { $REQUIRED }\n$code", 'evil.groovy')

        then:
        errors.every { it.at().file() == 'evil.groovy' && it.at().line() >= 2 }
        errors.any { it.message().contains(message) }

        where:
        route                              | code                                                     | message
        'System.exit'                      | 'System.exit(1)'                                         | 'java.lang.System is not allowed'
        'System.getenv in a setting'       | "slaPolicy 'x' { regions System.getenv('R') }"           | 'java.lang.System is not allowed'
        'Runtime.exec'                     | 'Runtime.getRuntime().exec("id")'                        | 'java.lang.Runtime is not allowed'
        'new File'                         | 'def t = new File("/etc/passwd").text'                   | 'java.io.File is not allowed'
        'importing File'                   | 'import java.io.File'                                    | 'import java.io.File is not allowed'
        'Files by qualified name'          | 'java.nio.file.Files.readString(null)'                   | 'java.nio.file.Files is not allowed'
        'Paths'                            | 'def p = java.nio.file.Paths.get("/tmp")'                | 'java.nio.file.Paths is not allowed'
        'URL'                              | 'def u = new URL("http://example.com").text'             | 'java.net.URL is not allowed'
        'toURL on a string'                | 'def u = "http://example.com".toURL()'                   | 'toURL() is not allowed'
        'Socket'                           | 'def s = new java.net.Socket("localhost", 22)'           | 'java.net.Socket is not allowed'
        'Class.forName'                    | 'Class.forName("java.lang.Runtime")'                     | 'java.lang.Class is not allowed'
        'forName through a class value'    | 'String.forName("java.lang.Runtime")'                    | 'forName() is not allowed'
        'Thread'                           | 'Thread.start { }'                                       | 'java.lang.Thread is not allowed'
        'ProcessBuilder'                   | 'new ProcessBuilder("id").start()'                       | 'java.lang.ProcessBuilder is not allowed'
        'Eval'                             | 'Eval.me("1 + 1")'                                       | 'groovy.util.Eval is not allowed'
        'GroovyShell'                      | 'new GroovyShell().evaluate("1")'                        | 'groovy.lang.GroovyShell is not allowed'
        'execute on a string'              | '"id".execute()'                                         | 'execute() is not allowed'
        'execute on a list'                | '["id"].execute()'                                       | 'execute() is not allowed'
        'evaluate'                         | 'evaluate("1 + 1")'                                      | 'evaluate() is not allowed'
        'getClass'                         | 'def c = "x".getClass()'                                 | 'getClass() is not allowed'
        '.class'                           | 'def c = "x".class'                                      | '.class is not available'
        'a class as a value'               | 'def c = String'                                         | 'a class is not a value'
        'the class loader'                 | 'def l = this.class.classLoader'                         | '.classLoader is not available'
        'metaClass'                        | 'String.metaClass.foo = { -> 1 }'                        | '.metaClass is not available'
        'the binding'                      | 'def b = binding'                                        | '"binding" is not available'
        'a subscript that names .class'    | 'def c = "x"["class"]'                                   | '["class"] is not available'
        'a computed method name'           | '"id"."${"exe" + "cute"}"()'                             | 'a computed method name is not allowed'
        'a method pointer to execute'      | 'def run = "id".&execute'                                | 'a method pointer to execute is not allowed'
        'a method pointer to evaluate'     | 'def run = this.&evaluate'                               | 'a method pointer to evaluate is not allowed'
        'direct field access'              | 'def r = this.@recorder'                                 | 'direct field access (.@) is not allowed'
        'invokeMethod'                     | '"id".invokeMethod("execute", null)'                     | 'invokeMethod() is not allowed'
        'println'                          | 'println "hello"'                                        | 'println() is not allowed'
        'sleep'                            | 'sleep 100000'                                           | 'sleep() is not allowed'
        '@Grab'                            | '@Grab("org.example:evil:1.0")\ndef x = 1'               | '@Grab is not allowed'
        '@Grab on an import'               | '@Grab("org.example:evil:1.0")\nimport java.lang.String' | '@Grab is not allowed'
        'another AST transformation'       | '@groovy.transform.ASTTest(value = { })\ndef x = 1'      | 'annotation @groovy.transform.ASTTest is not allowed'
        'a class declaration'              | 'class Evil { }'                                         | 'a policy script cannot declare classes'
        'a static import'                  | 'import static java.lang.System.exit'                    | 'import static java.lang.System.exit is not allowed'
        'a star import'                    | 'import java.io.*'                                       | 'import java.io.* is not allowed'
        'a typed declaration of File'      | 'java.io.File f = null'                                  | 'java.io.File is not allowed'
        'a cast to File'                   | 'def f = "x" as java.io.File'                            | 'java.io.File is not allowed'
        'a typed loop variable'            | 'for (java.io.File f : []) { }'                          | 'java.io.File is not allowed'
        'a typed closure parameter'        | 'def c = { java.io.File f -> f }'                        | 'java.io.File is not allowed'
        'a class path resource'            | 'def r = [].getResourceAsStream("/x")'                   | 'getResourceAsStream() is not allowed'
    }

    def "every violation of a file is listed, not the first alone"() {
        when:
        def errors = errorsOf('''import java.io.File
"id".execute()
println "x"
@Grab("a:b:1")
def y = System.getenv()
''', 'evil.groovy')

        then:
        errors*.at()*.line().unique() == [1, 2, 3, 4, 5]
    }

    def "a refused call shows its line with a caret under it"() {
        when:
        def error = errorsOf('def x = 1\n  "id".execute()', 'evil.groovy')[0]

        then:
        error.render() == ['(evil.groovy, line 2, column 8) execute() is not allowed in a policy script: a script declares policies, it does not run commands',
                           '      "id".execute()',
                           '           ^'].join(System.lineSeparator())
    }

    def "a well-formed script with variables, loops, methods and maths still declares its policies"() {
        when:
        def declarations = declare '''
def tiers = ["web", "app", "db"]
Map<String, Integer> retriesByTier = [web: 2, app: 3, db: 5]
String regionOf(int i) { i % 2 == 0 ? "us-east-1" : "eu-west-1" }

tiers.eachWithIndex { tier, i ->
    slaPolicy "prod-${tier}" {
        account "backup-prod"
        regions regionOf(i)
        template i == 0 ? "gold" : "silver"
        include tags: [tier: tier]
        retries retriesByTier[tier]
        priority Math.max(1, i + 1)
    }
}
for (int n = 1; n <= 3; n++) {
    if (n == 2) continue
    slaPolicy "batch-$n" { account "backup-prod"; regions "us-east-1"; template "bronze" }
}
'''

        then:
        declarations.policies()*.name() == ['prod-web', 'prod-app', 'prod-db', 'batch-1', 'batch-3']
        declarations.policies()[2].retries() == 5
        declarations.policies()[1].regions()*.name() == ['eu-west-1']
        declarations.policies()[2].priority() == 3
    }

    def "an endless loop is stopped at its time limit and reported, not a hang"() {
        given:
        def quick = new PolicyScripts(new RestrictedCompiler(1))

        when:
        quick.loadSources([new ScriptSource('loop.groovy', "slaPolicy 'ok' { $REQUIRED }\nwhile (true) { }")])

        then:
        def e = thrown(io.vbaws.declaration.ScriptErrors)
        e.errors()*.toString() == ['(loop.groovy, line 2) the script ran longer than its limit of 1 s and was stopped: a policy script must finish (is a loop endless?)']
    }
}
