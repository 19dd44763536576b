package io.vbaws.api;

/** A 2xx answer: its status and body text (empty when there was none). */
record ApiResponse(int status, String body) {
}
