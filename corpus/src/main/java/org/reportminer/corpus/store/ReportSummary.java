package org.reportminer.corpus.store;

import org.reportminer.corpus.model.Report;

/**
 * A report's metadata without its text, as {@link ReportStore#list()} returns it cheaply from the store index.
 *
 * @param id        the content key
 * @param source    the path it was read from
 * @param mediaType the detected media type
 * @param charset   the detected charset of text input, else {@code null}
 * @param bytes     the file size
 * @param sha256    hex SHA-256 of the file
 * @param title     the title, or {@code null}
 * @param org       the organisation, or {@code null}
 * @param year      the year, or {@code null}
 * @param kind      the report kind, or {@code null}
 * @param truncated whether the text was cut at the write limit
 * @param chars     length of the normalised text
 * @param extracted whether an extraction is stored
 * @param textSha256 hex SHA-256 of the normalised text, which finds the same report saved in another format
 * @param ocr       whether some of the text was read by OCR (absent in older store indexes: {@code false})
 * @param quality   the text quality score of a PDF, else {@code null}
 */
public record ReportSummary(String id, String source, String mediaType, String charset, long bytes, String sha256,
                            String title, String org, Integer year, String kind, boolean truncated, int chars,
                            boolean extracted, String textSha256, Boolean ocr, Double quality) {

    public ReportSummary {
        // absent from store indexes written before it existed
        ocr = Boolean.TRUE.equals(ocr);
    }

    /** The summary of {@code report}. */
    public static ReportSummary of(Report report) {
        return new ReportSummary(report.id(), report.source(), report.mediaType(), report.charset(), report.bytes(),
                report.sha256(), report.title(), report.org(), report.year(), report.kind(), report.truncated(),
                report.text().length(), report.extraction() != null, textHash(report.text()), report.ocr(),
                report.quality());
    }

    /**
     * How the text was read, for a person: {@code ocr 0.93} for text read by OCR, the quality score alone for a
     * scored text layer, else empty.
     */
    public String reading() {
        String score = quality == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", quality);
        return Boolean.TRUE.equals(ocr) ? ("ocr " + score).strip() : score;
    }

    /** Hex SHA-256 of {@code text} as UTF-8. */
    public static String textHash(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
