package org.reportminer.corpus.model;

/**
 * Where a report's text came from and how it was read: the file, what was detected in it, and whether the text was
 * cut short. Field names are a public JSON contract; in a stored report they sit at the top level beside the id.
 *
 * @param source    the path the report was read from
 * @param mediaType the media type Tika detected
 * @param charset   the charset detected for text input, else {@code null}
 * @param bytes     the file size
 * @param sha256    hex SHA-256 of the file's bytes
 * @param truncated true when the write limit cut the text short; the text up to the limit is kept
 * @param ocr       true when some of the text was read from page images by OCR (a scanned PDF, or one whose text
 *                  layer was garbled)
 * @param quality   how much the text reads like a Chinese report, 0 to 1
 *                  ({@link org.reportminer.corpus.text.TextQuality}); scored for PDFs, {@code null} otherwise and in
 *                  reports stored before it existed
 */
public record Provenance(String source, String mediaType, String charset, long bytes, String sha256,
                         boolean truncated, boolean ocr, Double quality) {

    /** Provenance of text read without OCR and not scored. */
    public Provenance(String source, String mediaType, String charset, long bytes, String sha256,
                      boolean truncated) {
        this(source, mediaType, charset, bytes, sha256, truncated, false, null);
    }
}
