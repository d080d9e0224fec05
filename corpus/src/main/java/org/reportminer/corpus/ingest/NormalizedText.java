package org.reportminer.corpus.ingest;

import org.reportminer.corpus.model.OffsetMap;

/**
 * Normalised text, one paragraph per line, with the map back to the text as extracted.
 *
 * @param text      the normalised text; lines are separated by a single {@code \n}, no blank lines
 * @param offsetMap maps every offset in {@code text} to the offset in the extracted text it came from
 */
public record NormalizedText(String text, OffsetMap offsetMap) {

    public NormalizedText {
        if (text == null || offsetMap == null) {
            throw new IllegalArgumentException("normalised text and offset map must not be null");
        }
    }
}
