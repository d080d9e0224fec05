package org.reportminer.corpus.ingest;

/**
 * Text as an extractor produced it, before normalisation. A form feed marks each page break.
 *
 * @param text      the extracted text
 * @param mediaType the media type detected
 * @param charset   the charset decided for text input, else {@code null}
 * @param truncated true when the write limit cut the text short
 * @param ocr       true when some of the text was read from page images by OCR
 * @param quality   the {@link org.reportminer.corpus.text.TextQuality} score of a PDF's text, else {@code null}
 */
record ExtractedText(String text, String mediaType, String charset, boolean truncated, boolean ocr,
                     Double quality) {

    /** Text read without OCR and not scored. */
    ExtractedText(String text, String mediaType, String charset, boolean truncated) {
        this(text, mediaType, charset, truncated, false, null);
    }
}
