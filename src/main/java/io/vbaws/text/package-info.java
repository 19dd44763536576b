/**
 * Text for people: what is safe to print on a terminal. At the bottom of the layers, so every
 * layer that writes lines for a person uses the same rule.
 */
package io.vbaws.text;
