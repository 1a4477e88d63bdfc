package org.gongkai.opendata;

/** The file formats a resource may have; recognised from the bytes of the upload, never from its name. */
public enum ResourceFormat {
    CSV("text/csv", "csv", true),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", true),
    JSON("application/json", "json", false),
    PDF("application/pdf", "pdf", false);

    private final String mediaType;
    private final String extension;
    private final boolean tabular;

    ResourceFormat(String mediaType, String extension, boolean tabular) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.tabular = tabular;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Read as a table: validated by column, previewed, compared between versions. */
    public boolean tabular() {
        return tabular;
    }

    /** The EU file-type vocabulary entry (dct:format). */
    public String uri() {
        return "http://publications.europa.eu/resource/authority/file-type/" + name();
    }

    /** Machine-readable in the sense of the five-star scheme (structured, open). */
    public boolean machineReadable() {
        return this != PDF;
    }
}
