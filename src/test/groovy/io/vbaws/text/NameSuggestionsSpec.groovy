package io.vbaws.text

import spock.lang.Specification

/** "Did you mean": the closest existing names, best first, a few at most. */
class NameSuggestionsSpec extends Specification {

    def suggestions = new NameSuggestions(3)

    def "#wanted suggests #expected"() {
        expect:
        suggestions.closest(wanted, names) == expected

        where:
        wanted      | names                                               | expected
        'goldd'     | ['gold', 'silver', 'bronze']                        | ['gold']
        'GOLD'      | ['gold', 'silver']                                  | ['gold']
        'us-est-1'  | ['us-east-1', 'us-west-1', 'eu-west-1', 'ap-south-1'] | ['us-east-1', 'us-west-1']
        'web-1'     | ['web-01', 'web-02', 'web-03', 'web-04', 'db-01']   | ['web-01', 'web-02', 'web-03']
        'platinum'  | ['gold', 'silver', 'bronze']                        | []
        's3'        | ['s3-90d', 's3-1y', 'glacier-archive']              | []
        'backup'    | ['backup-prod', 'backup-dev', 'dr-role']            | ['backup-dev', 'backup-prod']
    }

    def "edit distance"() {
        expect:
        NameSuggestions.distance('kitten', 'sitting', 10) == 3
        NameSuggestions.distance('', 'abc', 10) == 3
        NameSuggestions.distance('same', 'same', 10) == 0
        NameSuggestions.distance('abcdefgh', 'zzzzzzzz', 2) > 2
    }

    def "a swap of neighbouring letters is one edit, so the swapped name is suggested first"() {
        expect:
        NameSuggestions.distance('fiannce', 'finance', 10) == 1
        suggestions.closest('prod-wbe', ['prod-db', 'prod-web']) == ['prod-web', 'prod-db']
        suggestions.closest('gloden', ['golden', 'silver']) == ['golden']
    }
}
