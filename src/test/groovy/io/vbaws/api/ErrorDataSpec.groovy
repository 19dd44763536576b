package io.vbaws.api

import io.vbaws.api.model.FieldProblem

/** The error body's data, field by field: the reference's map of objects, and the older list of strings. */
class ErrorDataSpec extends MockApplianceSpec {

    def "the client reads the problems of #shape"() {
        given:
        server.enqueue(token())
        server.enqueue(json(400, [title: 'Validation failed', status: 400, errorCode: 'UnexpectedContent', details: 'd', data: data]))

        when:
        client().getPolicy('p-1')

        then:
        ApiException e = thrown()
        e.problems() == problems

        where:
        shape                                | data                                                                    || problems
        'a map of objects, as the reference' | ['regionIds': [message: 'must not be empty'], name: [message: 'is required']] || [new FieldProblem('regionIds', 'must not be empty'), new FieldProblem('name', 'is required')]
        'the reference example itself'       | [property1: [:], property2: [:]]                                        || [new FieldProblem('property1', null), new FieldProblem('property2', null)]
        'a list of strings under errors'     | [errors: ['regionIds must not be empty', 'name is required']]           || [new FieldProblem(null, 'regionIds must not be empty'), new FieldProblem(null, 'name is required')]
        'a bare list of strings'             | ['regionIds must not be empty']                                         || [new FieldProblem(null, 'regionIds must not be empty')]
        'no data'                            | null                                                                    || []
    }

    def "the message still says what the appliance said, whatever shape data has"() {
        given:
        server.enqueue(token())
        server.enqueue(json(400, [title: 'Validation failed', status: 400, errorCode: 'UnexpectedContent',
                                  details: 'regionIds must not be empty', data: ['regionIds must not be empty']]))

        when:
        client().getPolicy('p-1')

        then:
        ApiException e = thrown()
        e.message.contains('regionIds must not be empty')
        e.status() == 400
    }
}
