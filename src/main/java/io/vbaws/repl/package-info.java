/**
 * The REPL: a JLine prompt over the appliance's SLA data. {@link io.vbaws.query.SlaQueries} is the
 * Java facade the prompt's functions call; Groovy appears only in the evaluation of what the user
 * types ({@link io.vbaws.repl.GroovyEvaluator}, {@link io.vbaws.repl.QueryScript}).
 */
package io.vbaws.repl;
import io.vbaws.query.SlaQueries;
