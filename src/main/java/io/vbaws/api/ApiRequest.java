package io.vbaws.api;

import okhttp3.HttpUrl;
import okhttp3.RequestBody;

/**
 * One request to the appliance: method, URL, optional body, the Accept type, and whether it may
 * be retried blindly (true for reads and for writes that are safe to repeat; never for a create).
 */
record ApiRequest(String method, HttpUrl url, String path, RequestBody body, String accept, boolean retryable) {
}
