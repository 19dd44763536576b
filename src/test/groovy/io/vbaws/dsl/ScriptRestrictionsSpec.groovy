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
        'System.exit'                      | 'System.exit(1)'                                         | 'System is not allowed in a policy script: a script names no classes'
        'System.getenv in a setting'       | "slaPolicy 'x' { regions System.getenv('R') }"           | 'System is not allowed in a policy script: a script names no classes'
        'Runtime.exec'                     | 'Runtime.getRuntime().exec("id")'                        | 'exec() is not allowed'
        'new File'                         | 'def t = new File("/etc/passwd").text'                   | 'new File(...) is not allowed'
        'importing File'                   | 'import java.io.File'                                    | 'import java.io.File is not allowed'
        'Files by qualified name'          | 'java.nio.file.Files.readString(null)'                   | 'java.nio.file.Files is not allowed'
        'Paths'                            | 'def p = java.nio.file.Paths.get("/tmp")'                | 'java.nio.file.Paths is not allowed'
        'URL'                              | 'def u = new URL("http://example.com").text'             | 'new URL(...) is not allowed'
        'toURL on a string'                | 'def u = "http://example.com".toURL()'                   | 'toURL() is not allowed'
        'Socket'                           | 'def s = new java.net.Socket("localhost", 22)'           | 'new java.net.Socket(...) is not allowed'
        'Class.forName'                    | 'Class.forName("java.lang.Runtime")'                     | 'Class is not allowed'
        'forName through a class value'    | 'String.forName("java.lang.Runtime")'                    | 'String is not allowed'
        'Thread'                           | 'Thread.start { }'                                       | 'Thread is not allowed'
        'ProcessBuilder'                   | 'new ProcessBuilder("id").start()'                       | 'start() is not allowed'
        'Eval'                             | 'Eval.me("1 + 1")'                                       | 'Eval is not allowed'
        'GroovyShell'                      | 'new GroovyShell().evaluate("1")'                        | 'evaluate() is not allowed'
        'execute on a string'              | '"id".execute()'                                         | 'execute() is not allowed'
        'execute on a list'                | '["id"].execute()'                                       | 'execute() is not allowed'
        'evaluate'                         | 'evaluate("1 + 1")'                                      | 'evaluate() is not allowed'
        'getClass'                         | 'def c = "x".getClass()'                                 | 'getClass() is not allowed'
        '.class'                           | 'def c = "x".class'                                      | '.class is not available'
        'a class as a value'               | 'def c = String'                                         | 'a class is not a value'
        'the class loader'                 | 'def l = this.class.classLoader'                         | '.classLoader is not available'
        'metaClass'                        | 'String.metaClass.foo = { -> 1 }'                        | 'String.metaClass.foo is not allowed'
        'the binding'                      | 'def b = binding'                                        | '"binding" is not part of the policy language'
        'a subscript that names .class'    | 'def c = "x"["class"]'                                   | '["class"] is not part of the policy language'
        'a computed method name'           | '"id"."${"exe" + "cute"}"()'                             | 'a computed method name is not part of the policy language'
        'a method pointer to execute'      | 'def run = "id".&execute'                                | 'a method pointer (.& or ::) is not part of the policy language'
        'a method pointer to evaluate'     | 'def run = this.&evaluate'                               | 'a method pointer (.& or ::) is not part of the policy language'
        'direct field access'              | 'def r = this.@recorder'                                 | 'direct field access (.@) is not part of the policy language'
        'invokeMethod'                     | '"id".invokeMethod("execute", null)'                     | 'invokeMethod() is not allowed'
        'println'                          | 'println "hello"'                                        | 'println() is not allowed'
        'sleep'                            | 'sleep 100000'                                           | 'sleep() is not allowed'
        '@Grab'                            | '@Grab("org.example:evil:1.0")\ndef x = 1'               | '@Grab is not allowed'
        '@Grab on an import'               | '@Grab("org.example:evil:1.0")\nimport java.lang.String' | '@Grab is not allowed'
        'another AST transformation'       | '@groovy.transform.ASTTest(value = { })\ndef x = 1'      | '@ASTTest is not allowed'
        'a class declaration'              | 'class Evil { }'                                         | 'a policy script cannot declare classes'
        'a static import'                  | 'import static java.lang.System.exit'                    | 'import static java.lang.System.exit is not allowed'
        'a star import'                    | 'import java.io.*'                                       | 'import java.io.* is not allowed'
        'a typed declaration of File'      | 'java.io.File f = null'                                  | 'File is not allowed'
        'a cast to File'                   | 'def f = "x" as java.io.File'                            | 'File is not allowed'
        'a typed loop variable'            | 'for (java.io.File f : []) { }'                          | 'File is not allowed'
        'a typed closure parameter'        | '[1].each { java.io.File f -> f }'                       | 'File is not allowed'
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

    def "an endless loop is stopped by the step budget and reported, not a hang"() {
        when:
        def errors = errorsOf("slaPolicy 'ok' { $REQUIRED }\nwhile (true) { }", 'loop.groovy')

        then:
        errors*.toString()[0].startsWith('(loop.groovy, line 2, column 8) the script takes more than 1,000,000 steps and was stopped')
    }
}
