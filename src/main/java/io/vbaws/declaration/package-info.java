/**
 * What policy scripts declare, before any name is resolved: policy declarations, their settings
 * and where each was written, protect rules, and script errors with their file and line. The
 * language in {@code dsl} produces these; {@code inventory} resolves them and {@code plan} reads them.
 */
package io.vbaws.declaration;
