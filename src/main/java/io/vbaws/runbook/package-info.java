/**
 * Runbooks: an operator's automation in full Groovy, with its parameters declared at the top and
 * the {@link io.vbaws.runbook.Vbaws} facade bound in as {@code vbaws}. The facade asks the SLA
 * questions through {@code query} and writes only through {@code apply}, usn-guarded; a dry run
 * prints each write instead of sending it.
 */
package io.vbaws.runbook;
