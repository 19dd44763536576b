/**
 * Carries out a {@link io.vbaws.plan.Plan} through the client: in a safe order (creates and
 * updates, then enable and disable, then priorities, deletes last), with bounded parallelism,
 * checking each existing policy's usn right before writing it, never creating a policy twice, and
 * reporting what was done and what was not.
 */
package io.vbaws.apply;
