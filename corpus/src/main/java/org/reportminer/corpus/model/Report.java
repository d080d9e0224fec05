package org.reportminer.corpus.model;

/**
 * One ingested report as the store keeps it. Field names are a public JSON contract; the {@link Provenance} fields
 * sit at the top level of the JSON object (see {@code corpus.json}), as they did before they became a part.
 *
 * @param id         first 16 hex digits of the file's SHA-256: the content key
 * @param provenance the file, what was detected in it, and whether the text was cut short
 * @param title      the report title (first heading line or override)
 * @param org        the organisation, from override, sidecar or extraction
 * @param year       the report year, from override, sidecar or extraction
 * @param kind       the report kind, from override, sidecar or extraction
 * @param text       the normalised text that every offset points into
 * @param offsetMap  maps offsets in {@code text} back to the text as extracted
 * @param extraction the structured extraction, or {@code null} before extraction
 */
public record Report(String id, Provenance provenance, String title, String org, Integer year, String kind,
                     String text, OffsetMap offsetMap, Extraction extraction) {

    public Report {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("report id must not be blank");
        }
        if (provenance == null) {
            throw new IllegalArgumentException("report " + id + " has no provenance");
        }
        if (text == null) {
            throw new IllegalArgumentException("report " + id + " has no text");
        }
        if (offsetMap == null) {
            offsetMap = OffsetMap.identity();
        }
    }

    /** A report from the provenance fields one by one, in the order of the stored JSON's old record. */
    public Report(String id, String source, String mediaType, String charset, long bytes, String sha256,
                  String title, String org, Integer year, String kind, boolean truncated, String text,
                  OffsetMap offsetMap, Extraction extraction) {
        this(id, new Provenance(source, mediaType, charset, bytes, sha256, truncated), title, org, year, kind, text,
                offsetMap, extraction);
    }

    /** A report from the provenance fields one by one, OCR flag and quality score included. */
    public Report(String id, String source, String mediaType, String charset, long bytes, String sha256,
                  String title, String org, Integer year, String kind, boolean truncated, Boolean ocr,
                  Double quality, String text, OffsetMap offsetMap, Extraction extraction) {
        // ocr is absent (null) in reports stored before it existed: false
        this(id, new Provenance(source, mediaType, charset, bytes, sha256, truncated, Boolean.TRUE.equals(ocr),
                quality), title, org,
                year, kind, text, offsetMap, extraction);
    }

    /** {@code provenance().source()}: the path the report was read from. */
    public String source() {
        return provenance.source();
    }

    /** {@code provenance().mediaType()}. */
    public String mediaType() {
        return provenance.mediaType();
    }

    /** {@code provenance().charset()}. */
    public String charset() {
        return provenance.charset();
    }

    /** {@code provenance().bytes()}. */
    public long bytes() {
        return provenance.bytes();
    }

    /** {@code provenance().sha256()}. */
    public String sha256() {
        return provenance.sha256();
    }

    /** {@code provenance().truncated()}. */
    public boolean truncated() {
        return provenance.truncated();
    }

    /** {@code provenance().ocr()}. */
    public boolean ocr() {
        return provenance.ocr();
    }

    /** {@code provenance().quality()}. */
    public Double quality() {
        return provenance.quality();
    }

    public Report withExtraction(Extraction newExtraction) {
        return new Report(id, provenance, title, org, year, kind, text, offsetMap, newExtraction);
    }

    public Report withMetadata(String newTitle, String newOrg, Integer newYear, String newKind) {
        return new Report(id, provenance, newTitle, newOrg, newYear, newKind, text, offsetMap, extraction);
    }
}
