package io.vbaws.cli

import io.vbaws.api.model.ExcludedItems
import io.vbaws.api.model.ExcludedVolumes
import io.vbaws.api.model.SelectedItems
import io.vbaws.api.model.SlaPolicySpec
import io.vbaws.api.model.VolumeRef

import java.nio.file.Files
import java.nio.file.Path

/** vbaws export writes the appliance's policies as DSL that plans to nothing against the same appliance. */
class ExportEndToEndSpec extends SimulatedApplianceCliSpec {

    static final Path EXAMPLES = Path.of('dsl-examples')

    def "every example and every pre-existing policy exports to a script whose plan has no changes"() {
        given:
        applyAll(EXAMPLES.resolve('production.groovy'), EXAMPLES.resolve('reference.groovy'), EXAMPLES.resolve('organization.groovy'))
        def exported = work.resolve('exported.groovy')

        when:
        def export = vbaws('export', '-o', exported.toString())

        then:
        export.code == 0
        def text = Files.readString(exported)
        ['prod-web', 'prod-db', 'reference-all-settings', 'legacy-nightly', 'finance-db', 'sandbox-weekly'].every {
            text.contains("slaPolicy \"$it\" {")
        }

        when:
        def plan = planJson(exported)

        then:
        plan.changes.isEmpty()
        plan.unmanaged.isEmpty()
    }

    def "what the API made, and names cannot say plainly, still round-trips: a repeated instance name, a chosen volume, special characters"() {
        given: 'a policy written through the API, over two regions that both have a web-01'
        def c = client()
        def east = c.regions().find { it.name() == 'us-east-1' }
        def west = c.regions().find { it.name() == 'eu-west-1' }
        def web01East = c.virtualMachines(io.vbaws.api.VirtualMachineQuery.inRegion(east.id())).find { it.name() == 'web-01' }
        def dataVolume = c.volumes(web01East.id()).find { !it.isSystem() } ?: c.volumes(web01East.id())[0]
        def role = c.accounts().find { it.name() == 'backup-prod' }
        def gold = c.slaTemplates().find { it.name() == 'gold' }
        c.createPolicy(SlaPolicySpec.builder().name('api-made').description('costs $HOME "quoted" and C:\\path')
                .identityId(role.id()).backupType('SelectedItems').selectedItems(new SelectedItems([web01East.id()], []))
                .excludedItems(new ExcludedItems([], [], new ExcludedVolumes(false, [new VolumeRef(dataVolume.id(), 'Volume')])))
                .regionIds([east.id(), west.id()]).slaTemplateId(gold.id()).build())
        c.close()

        when:
        def r = vbaws('export', '--target', 'api-made')

        then:
        r.code == 0
        r.out.contains("include instances: [\"${web01East.awsResourceId()}\"]")
        r.out.contains("${web01East.awsResourceId()}/${dataVolume.awsResourceId()}")
        r.out.contains('description "costs \\$HOME \\"quoted\\" and C:\\\\path"')

        when:
        def plan = planJson(script('api-made.groovy', r.out))

        then:
        plan.changes.isEmpty()
    }

    def "--target and --exclude choose the policies, and the export goes to standard output by default"() {
        when:
        def r = vbaws('export', '--target', '*-*', '--exclude', 'finance-*')

        then:
        r.code == 0
        r.out.startsWith('// EC2 SLA-based policies exported from ')
        r.out.contains('slaPolicy "legacy-nightly" {')
        !r.out.contains('slaPolicy "finance-db" {')
    }
}
