package org.reportminer.pipeline.segment;

/**
 * One word of a segmentation.
 *
 * @param term  the word as it appears in the input, equal to {@code input.substring(start, end)}
 * @param start start offset, UTF-16 code units into the segmented input
 * @param end   end offset, exclusive
 * @param pos   the part-of-speech tag (HanLP's tag set: n, v, m, q, w …)
 */
public record Token(String term, int start, int end, String pos) {

    public Token {
        if (start < 0 || end < start || term.length() != end - start) {
            throw new IllegalArgumentException("bad token '" + term + "' at " + start + "-" + end);
        }
    }
}
