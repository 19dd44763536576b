/**
 * The appliance's request and response bodies as records, field for field with the 1.8-rev0
 * reference (the supporting collections as far as NOTES.md knows them). Every record ignores
 * unknown fields and leaves nulls out, so a body read and written back is unchanged.
 */
package io.vbaws.api.model;
