package io.vbaws.api;

import okhttp3.HttpUrl;
import okhttp3.RequestBody;

/**
 * One request to the appliance: method, URL, optional body, the Accept type, and whether it may
 * be resent when its answer is lost.
 */
record ApiRequest(String method, HttpUrl url, String path, RequestBody body, String accept, Resend resend) {

    /** Method and full path as a user reads them in a message: {@code GET /api/v1/policy/ec2SlaBasedPolicies}. */
    String named() {
        return method + " " + url.encodedPath();
    }
}
