package io.vbaws.api;

/** Whether a request may be sent again when it failed without an answer we can trust. */
enum Resend {
    /** Reads and writes that are safe to repeat: resent on 503, 504 and connection failures. */
    WHEN_SAFE,
    /** A create: sent once; when its answer is lost, the caller must look before trying again. */
    NEVER
}
