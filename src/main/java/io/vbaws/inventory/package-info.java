/**
 * The appliance's named things (regions, tags, instances, volumes, IAM roles, organizations,
 * templates, keys), fetched concurrently and once per run, indexed, and used to resolve the
 * names of a script into the IDs of a request body, and IDs back into names for plans.
 */
package io.vbaws.inventory;
