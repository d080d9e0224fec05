package org.reportminer.corpus.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units into a report's normalised text,
 * so that {@code text.substring(start, end)} is the covered surface.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative: start=" + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("start index must not be larger than end index: start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** The text this span covers; throws if the span lies outside {@code text}. */
    public String coveredText(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " lies outside text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
