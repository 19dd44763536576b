package io.vbaws.query;

/** A query the user asked for cannot be answered as asked: an unknown name, a bad date, a bad filter value. */
public final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }
}
