/** Work spread over a few threads with results in order; below every layer that uses it. */
package io.vbaws.concurrent;
