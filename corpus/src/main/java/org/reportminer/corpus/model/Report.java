package org.reportminer.corpus.model;

/**
 * One ingested report as the store keeps it. Field names are a public JSON contract.
 *
 * @param id         first 16 hex digits of {@code sha256}: the content key
 * @param source     the path the report was read from
 * @param mediaType  the media type Tika detected
 * @param charset    the charset detected for text input, else {@code null}
 * @param bytes      the file size
 * @param sha256     hex SHA-256 of the file's bytes
 * @param title      the report title (first heading line or override)
 * @param org        the organisation, from override, sidecar or extraction
 * @param year       the report year, from override, sidecar or extraction
 * @param kind       the report kind, from override, sidecar or extraction
 * @param truncated  true when the write limit cut the text short; the text up to the limit is kept
 * @param text       the normalised text that every offset points into
 * @param offsetMap  maps offsets in {@code text} back to the text as extracted
 * @param extraction the structured extraction, or {@code null} before extraction
 */
public record Report(String id, String source, String mediaType, String charset, long bytes, String sha256,
                     String title, String org, Integer year, String kind, boolean truncated, String text,
                     OffsetMap offsetMap, Extraction extraction) {

    public Report {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("report id must not be blank");
        }
        if (text == null) {
            throw new IllegalArgumentException("report " + id + " has no text");
        }
        if (offsetMap == null) {
            offsetMap = OffsetMap.identity();
        }
    }

    public Report withExtraction(Extraction newExtraction) {
        return new Report(id, source, mediaType, charset, bytes, sha256, title, org, year, kind, truncated, text,
                offsetMap, newExtraction);
    }

    public Report withMetadata(String newTitle, String newOrg, Integer newYear, String newKind) {
        return new Report(id, source, mediaType, charset, bytes, sha256, newTitle, newOrg, newYear, newKind,
                truncated, text, offsetMap, extraction);
    }
}
