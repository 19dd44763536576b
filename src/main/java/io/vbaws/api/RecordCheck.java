package io.vbaws.api;

/** What is wrong with one record the appliance sent, in words ("a policy without a name (id p-1)"); null when nothing is. */
@FunctionalInterface
interface RecordCheck<T> {
    String problem(T item);

    /** Any record will do. */
    static <T> RecordCheck<T> none() {
        return item -> null;
    }
}
