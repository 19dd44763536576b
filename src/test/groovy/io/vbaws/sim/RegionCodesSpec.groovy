package io.vbaws.sim

import io.vbaws.api.model.AwsRegionCodes
import spock.lang.Specification

/** The regions the simulated appliance serves are real AWS regions, as vbaws's offline list knows them. */
class RegionCodesSpec extends Specification {

    def "every region the simulated appliance serves is one vbaws knows offline"() {
        expect:
        AwsRegions.ALL*.code().every { AwsRegionCodes.isKnown(it) }
        AwsRegions.ALL.size() > 30
    }
}
