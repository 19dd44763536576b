package io.vbaws.sim;

/** One instance's restore points over a window: planned = successful + missed. */
record Tally(int planned, int successful) {
    static final Tally NONE = new Tally(0, 0);

    int missed() {
        return planned - successful;
    }

    double percent() {
        return planned == 0 ? 0 : 100.0 * successful / planned;
    }

    Tally plus(Tally other) {
        return new Tally(planned + other.planned, successful + other.successful);
    }
}
