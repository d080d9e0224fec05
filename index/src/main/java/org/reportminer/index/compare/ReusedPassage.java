package org.reportminer.index.compare;

/**
 * A run of consecutive sentences of a later report copied (identically or nearly so) from consecutive sentences of an
 * earlier one. Field names are a public JSON contract: {@code {text, start, end, earlierStart, earlierEnd}}.
 *
 * @param text         the later report's text of the passage, equal to {@code later.text().substring(start, end)}
 * @param start        start offset (UTF-16) into the later report's text
 * @param end          end offset, exclusive
 * @param earlierStart start offset into the earlier report's text of the passage it was copied from
 * @param earlierEnd   end offset, exclusive
 */
public record ReusedPassage(String text, int start, int end, int earlierStart, int earlierEnd) {

    public ReusedPassage {
        if (start < 0 || end <= start || earlierStart < 0 || earlierEnd <= earlierStart) {
            throw new IllegalArgumentException("bad passage offsets " + start + "-" + end + " / " + earlierStart + "-" + earlierEnd);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("passage text does not match its span " + start + "-" + end);
        }
    }
}
