package io.vbaws.api.model;

/** The standard reason phrases of the HTTP statuses the appliance answers with, for client and simulator alike. */
public final class HttpStatusText {
    private HttpStatusText() {
    }

    /** The reason phrase of {@code status} ("Not Found"), or null for a status the appliance does not use. */
    public static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> null;
        };
    }
}
