package org.reportminer.pipeline.structure;

/**
 * One non-blank line of the normalised text with its surrounding whitespace trimmed.
 *
 * @param index position among the non-blank lines
 * @param start offset of the first non-blank character
 * @param end   offset after the last non-blank character
 * @param text  {@code text.substring(start, end)}
 */
public record Line(int index, int start, int end, String text) {

    /** Length in characters. */
    public int length() {
        return end - start;
    }
}
