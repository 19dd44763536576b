package io.vbaws.dsl;

/** A policy script compiled with the restricted configuration, with where its calls and literals are. */
record CompiledScript(Class<? extends PolicyScript> type, String className, SourcePositions positions, int timeLimitSeconds) {
}
