package io.vbaws.sim

import spock.lang.Shared
import spock.lang.Specification

/** The seeded estate generator: deterministic, the named core always, and the large estate's sizes. */
class EstateGeneratorSpec extends Specification {
    @Shared Estate small = new EstateGenerator(42, EstateSize.SMALL).generate()

    private static List<String> fingerprint(Estate estate) {
        estate.instances().collect { "${it.vm().id()} ${it.vm().name()} ${it.vm().awsResourceId()} ${it.region().code()} ${it.awsAccountId()} ${it.tagIds()} ${it.volumes*.id}" as String } +
                estate.tags().collect { "$it.id $it.key=$it.value" as String } +
                estate.regions().collect { it.id() } + estate.accounts()*.id + estate.slaTemplates()*.id +
                estate.storageTemplates()*.id + [estate.organization().id] + estate.organization().members*.id
    }

    def "the same seed gives the same estate, IDs included"() {
        expect:
        fingerprint(new EstateGenerator(42, EstateSize.SMALL).generate()) == fingerprint(small)
    }

    def "another seed gives other IDs and other generated instances, but the same named core"() {
        when:
        def other = new EstateGenerator(7, EstateSize.SMALL).generate()

        then:
        other.regions()*.id() != small.regions()*.id()
        other.instances().drop(EstateCore.INSTANCES.size())*.name() != small.instances().drop(EstateCore.INSTANCES.size())*.name()
        other.instances().take(EstateCore.INSTANCES.size()).collect { "${it.region().code()}/${it.name()}" } ==
                small.instances().take(EstateCore.INSTANCES.size()).collect { "${it.region().code()}/${it.name()}" }
    }

    def "the named core is there with its tags and accounts"() {
        expect:
        tagsOf('us-east-1', 'web-01') == ['env=prod', 'tier=web', 'owner=platform', 'app=shop'] as Set
        tagsOf('us-east-1', 'web-canary') == ['env=prod', 'tier=web', 'backup=skip'] as Set
        tagsOf('us-east-1', 'db-02') == ['env=prod', 'tier=db', 'owner=data'] as Set
        tagsOf('us-east-1', 'app-04') == ['env=prod', 'tier=app'] as Set
        tagsOf('eu-west-1', 'web-03') == ['env=prod', 'tier=web', 'owner=platform', 'app=shop'] as Set
        small.instanceByName('us-east-1', 'dev-app-01').awsAccountId() == '222222222222'
        small.instanceByName('us-east-1', 'db-01').awsAccountId() == '111111111111'
    }

    private Set<String> tagsOf(String region, String name) {
        small.instanceByName(region, name).tagIds().collect { small.tag(it) }.collect { "$it.key=$it.value" as String } as Set
    }

    def "generated instances have realistic names, types and sizes, and never take a core name"() {
        given:
        def generated = small.instances().drop(EstateCore.INSTANCES.size())
        def coreNames = EstateCore.INSTANCES*.name() as Set

        expect:
        generated.size() == 80 - EstateCore.INSTANCES.size()
        generated.every { it.name() ==~ /[a-z][a-z-]*-\d{2,}/ && !coreNames.contains(it.name()) }
        generated.every { it.vm().instanceType() ==~ /[a-z]\d[a-z]?\.\w+/ }
        generated.collect { "${it.region().code()}/${it.name()}" }.toSet().size() == generated.size()
        generated.every { it.volumes().count { v -> v.isSystem() } == 1 }
        generated*.awsAccountId().toSet().containsAll(['111111111111', '222222222222', '444444444444', '555555555555'])
    }

    def "every region with instances, plus us-east-2 and us-west-2, has the three keys per account"() {
        expect:
        ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1'].every { small.keys('111111111111', it)*.name() == ['dr-key', 'backup-key', 'ebs-default'] }
        small.keys('111111111111', 'ap-south-1').isEmpty()
    }

    def "explicit counts are honoured and spread beyond the small regions when large"() {
        when:
        def custom = new EstateGenerator(3, EstateSize.parse('instances=700,tags=150,policies=2')).generate()

        then:
        custom.instances().size() == 700
        custom.tags().size() == 150
        custom.instances()*.region()*.code().toSet().size() > 4
    }

    def "the large estate holds 20,000 instances and 2,000 tags over every region"() {
        when:
        def large = new EstateGenerator(42, EstateSize.LARGE).generate()

        then:
        large.instances().size() == 20_000
        large.tags().size() == 2_000
        large.instances()*.region()*.code().toSet() == AwsRegions.ALL*.code().toSet()
        large.instanceByName('us-east-1', 'web-canary') != null
        large.instances().every { it.volumes().count { v -> v.isSystem() } == 1 }
    }

    def "estate sizes read small, large and counts, and name what is wrong"() {
        expect:
        EstateSize.parse('small') == EstateSize.SMALL
        EstateSize.parse('LARGE') == EstateSize.LARGE
        EstateSize.parse('instances=10').instances() == 10
        EstateSize.parse('instances=10').tags() == EstateSize.SMALL.tags()

        when:
        EstateSize.parse(text)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains(message)

        where:
        text               | message
        'huge'             | 'expected small, large or counts'
        'instances=lots'   | 'instances is not a whole number: lots'
        'vms=3'            | "unknown count 'vms'"
        'instances=-1'     | 'instances must be between 0'
    }
}
