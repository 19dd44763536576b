/**
 * The simulated Veeam Backup for AWS appliance: the REST API 1.8-rev0 over real HTTP(S) with the
 * real token flow, a seeded estate, SLA history derived from the seed and the policies' change
 * history, a persistent state directory, fault injection and request counting. It depends on
 * {@code io.vbaws.api.model} (and {@code ApiJson}) only. Start it with
 * {@link io.vbaws.sim.SimulatedAppliance#start(SimOptions)}.
 */
package io.vbaws.sim;
