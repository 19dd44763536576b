package io.vbaws.api;

/** The file formats the policy export offers, chosen by the Accept header. */
public enum ExportFormat {
    CSV("text/csv"),
    XML("application/xml");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
