package io.vbaws.inventory

import spock.lang.Specification

/** The index names IDs back for plans (IdNames), and finds things by every key a script may use. */
class InventoryIndexSpec extends Specification {

    TestEstate estate = new TestEstate()
    InventoryIndex index = estate.index()

    def "IDs of every kind are named as scripts write them"() {
        given:
        def web = estate.instance('web-02', 'us-east-1')
        def db = estate.instance('db-01', 'us-east-1')
        index.volumesOf(db.id())
        index.encryptionKeys(estate.accountId('dr-role'), estate.regionId('us-west-2'))

        expect:
        index.nameOf(IdKind.REGION, 'region-eu-west-1') == 'eu-west-1'
        index.nameOf(IdKind.INSTANCE, web.id()) == 'web-02'
        index.nameOf(IdKind.TAG, 'tag-env-prod') == 'env=prod'
        index.nameOf(IdKind.ACCOUNT, 'account-dr-role') == 'dr-role'
        index.nameOf(IdKind.ORGANIZATION, 'org-acme') == 'acme'
        index.nameOf(IdKind.ORGANIZATION_UNIT, 'unit-prod') == 'ou-prod'
        index.nameOf(IdKind.ORGANIZATION_MEMBER, 'member-prod-data') == 'prod-data'
        index.nameOf(IdKind.SLA_TEMPLATE, 'sla-silver') == 'silver'
        index.nameOf(IdKind.STORAGE_TEMPLATE, 'storage-s3-1y') == 's3-1y'
        index.nameOf(IdKind.VOLUME, 'vol-id-us-east-1-db-01-data1') == TestEstate.volumeId('db-01', 'us-east-1', 1)
        index.nameOf(IdKind.ENCRYPTION_KEY, estate.arn('us-west-2', 'dr-role', 'dr-key')) == 'alias/dr'
    }

    def "an ID the inventory does not know stands for itself"() {
        expect:
        index.nameOf(IdKind.REGION, 'nope') == 'nope'
        index.nameOf(IdKind.VOLUME, 'vol-never-fetched') == 'vol-never-fetched'
    }

    def "a repeated instance name is found once per region, and only in the regions asked"() {
        expect:
        index.instance('web-01', ['region-us-east-1', 'region-eu-west-1']).found().size() == 2
        index.instance('web-01', ['region-eu-west-1']).isUnique()
        index.instance('web-01', ['region-us-west-2']).isMissing()
        index.instancesAnywhere('web-01').size() == 2
    }

    def "volumes and keys are asked for once each, however often they are looked up"() {
        given:
        def db = estate.instance('db-01', 'us-east-1')

        when:
        3.times {
            index.volume(TestEstate.volumeId('db-01', 'us-east-1', 1), [db])
            index.encryptionKey('alias/dr', estate.accountId('dr-role'), estate.regionId('us-west-2'))
        }

        then:
        estate.volumeLookups == [(db.id()): 1]
        estate.keyLookups.values() as List == [1]
    }
}
