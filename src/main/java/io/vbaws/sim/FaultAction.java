package io.vbaws.sim;

/** What a targeted fault does to a request it matches. */
public enum FaultAction {
    /** Answer with the rule's status and an error body, without processing the request. */
    FAIL,
    /** Close the connection before processing: nothing happened, nothing is answered. */
    DROP,
    /** Process the request (a create really creates), then close the connection without answering. */
    LOSE_ANSWER
}
