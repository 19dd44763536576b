package io.vbaws.api.model;

/** One problem an error body names: the field of the request it is about (null when none) and what is wrong. */
public record FieldProblem(String field, String message) {
}
