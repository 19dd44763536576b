/**
 * The policy DSL: the script base class, one context class per block, the restricted compiler
 * configuration, and script errors with file, line and column. Scripts run into plain
 * {@link io.vbaws.declaration.Declarations}; no Groovy type leaves this package.
 */
package io.vbaws.dsl;
