package org.reportminer.corpus.ingest;

/**
 * Text as an extractor produced it, before normalisation. A form feed marks each page break.
 *
 * @param text      the extracted text
 * @param mediaType the media type detected
 * @param charset   the charset decided for text input, else {@code null}
 * @param truncated true when the write limit cut the text short
 */
record ExtractedText(String text, String mediaType, String charset, boolean truncated) {
}
