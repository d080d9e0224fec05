package org.reportminer.corpus.ingest;

import java.util.Arrays;
import org.reportminer.corpus.model.OffsetMap;

/**
 * Text under normalisation, each character remembering the offset in the extracted original it came from.
 * Passes only delete characters or replace one by one, so origins stay strictly increasing and compress into an
 * {@link OffsetMap}. Immutable; passes build a new instance with {@link Builder}.
 */
final class MappedText {

    private final String text;
    private final int[] origin;

    private MappedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The identity mapping of {@code original}. */
    static MappedText of(String original) {
        int[] origin = new int[original.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        return new MappedText(original, origin);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int origin(int i) {
        return origin[i];
    }

    Builder builder() {
        return new Builder(this);
    }

    /** The step-function map from offsets in this text to offsets in the original. */
    OffsetMap offsetMap() {
        int[] starts = new int[8];
        int[] shifts = new int[8];
        int n = 0;
        int current = Integer.MIN_VALUE;
        for (int i = 0; i < origin.length; i++) {
            int shift = origin[i] - i;
            if (shift != current) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    shifts = Arrays.copyOf(shifts, n * 2);
                }
                starts[n] = i;
                shifts[n] = shift;
                n++;
                current = shift;
            }
        }
        if (n == 0) {
            return OffsetMap.identity();
        }
        if (starts[0] != 0) {
            throw new IllegalStateException("offset map must start at 0");
        }
        return new OffsetMap(Arrays.copyOf(starts, n), Arrays.copyOf(shifts, n));
    }

    /** Collects characters of a new text from positions of a source text, in increasing order. */
    static final class Builder {
        private final MappedText source;
        private final StringBuilder chars;
        private int[] origin;
        private int size;

        private Builder(MappedText source) {
            this.source = source;
            this.chars = new StringBuilder(source.length());
            this.origin = new int[Math.max(16, source.length())];
        }

        /** Keeps the source character at {@code index} unchanged. */
        Builder keep(int index) {
            return put(source.text.charAt(index), index);
        }

        /** Keeps source characters {@code [from, to)} unchanged. */
        Builder keep(int from, int to) {
            for (int i = from; i < to; i++) {
                keep(i);
            }
            return this;
        }

        /** Puts {@code c} in place of the source character at {@code index}. */
        Builder put(char c, int index) {
            int o = source.origin[index];
            if (size > 0 && origin[size - 1] >= o) {
                throw new IllegalStateException("characters must be taken in increasing order");
            }
            if (size == origin.length) {
                origin = Arrays.copyOf(origin, size * 2);
            }
            chars.append(c);
            origin[size++] = o;
            return this;
        }

        MappedText build() {
            return new MappedText(chars.toString(), Arrays.copyOf(origin, size));
        }
    }
}
