package io.vbaws.dsl

import io.vbaws.inventory.PolicyResolver
import io.vbaws.inventory.TestEstate
import spock.lang.Specification

/** The dsl-examples load offline and resolve against the simulated appliance's named core. */
class DslExamplesSpec extends Specification {

    static final File EXAMPLES = new File('dsl-examples')

    def "the four examples are there"() {
        expect:
        EXAMPLES.list().findAll { it.endsWith('.groovy') }.sort() ==
                ['organization.groovy', 'production.groovy', 'quickstart.groovy', 'reference.groovy']
    }

    def "#name loads and resolves against the named core with no error"() {
        when:
        def declarations = new PolicyScripts().load([new File(EXAMPLES, name).toPath()])
        def state = new PolicyResolver(new TestEstate().index()).resolve(declarations)

        then:
        state.policies()*.name() == policies

        where:
        name                  | policies
        'quickstart.groovy'   | ['quickstart-us-east']
        'production.groovy'   | ['prod-web', 'prod-db', 'prod-app', 'eu-web', 'staging-us-east', 'dev-us-east']
        'organization.groovy' | ['acme-prod-ou']
        'reference.groovy'    | ['reference-all-settings']
    }

    def "all examples load together: no policy name repeats across them, none is a pre-existing policy's"() {
        when:
        def names = new PolicyScripts().load(EXAMPLES.listFiles().findAll { it.name.endsWith('.groovy') }.sort()*.toPath())
                .policies()*.name()

        then:
        names.size() == 9
        names.intersect(['legacy-nightly', 'finance-db', 'sandbox-weekly']).isEmpty()
    }

    def "the reference example sets every block of the request body"() {
        when:
        def spec = new PolicyResolver(new TestEstate().index())
                .resolve(new PolicyScripts().load([new File(EXAMPLES, 'reference.groovy').toPath()])).policies()[0].spec()

        then:
        [spec.description(), spec.storageTemplateId(), spec.snapshotSettings(), spec.replicaSettings(), spec.retrySettings(),
         spec.notificationSettings(), spec.productionWorkersSettings()].every { it != null }
        spec.snapshotSettings().snapshotScripts().windowsScripts() != null
        spec.snapshotSettings().snapshotScripts().linuxScripts() != null
    }
}
