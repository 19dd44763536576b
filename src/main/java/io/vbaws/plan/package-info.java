/**
 * The planner: desired policies and live policies in, a {@link io.vbaws.plan.Plan} out, computed
 * once as data; small renderers turn it into text or JSON, and a codec saves it for a later apply.
 *
 * <p>Pure: no files, no HTTP, no clock reads (time is passed in), no Groovy types. The diff rules
 * (which field paths exist, what compares as a set, how absent values compare) are written down in
 * {@code docs/plan-json.md}.
 */
package io.vbaws.plan;
