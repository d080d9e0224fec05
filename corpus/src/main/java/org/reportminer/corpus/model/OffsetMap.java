package org.reportminer.corpus.model;

import java.util.Arrays;

/**
 * Maps offsets in normalised text back to the text as extracted. Normalisation only deletes characters or
 * replaces one character by one, so the map is a step function: from {@code starts[i]} on (a normalised
 * offset) the original offset is the normalised one plus {@code shifts[i]}.
 *
 * <p>Immutable; arrays are copied in and out. Serialised as the two arrays.
 *
 * @param starts normalised offsets where a new shift begins, strictly increasing, first is 0
 * @param shifts original minus normalised offset from that point on, never decreasing
 */
public record OffsetMap(int[] starts, int[] shifts) {

    private static final OffsetMap IDENTITY = new OffsetMap(new int[] {0}, new int[] {0});

    public OffsetMap {
        if (starts.length != shifts.length || starts.length == 0 || starts[0] != 0) {
            throw new IllegalArgumentException("offset map needs equal non-empty arrays starting at 0, got starts="
                    + Arrays.toString(starts) + " shifts=" + Arrays.toString(shifts));
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] <= starts[i - 1] || shifts[i] < shifts[i - 1]) {
                throw new IllegalArgumentException("offset map must increase at index " + i);
            }
        }
        starts = starts.clone();
        shifts = shifts.clone();
    }

    /** The map of text that normalisation left unchanged. */
    public static OffsetMap identity() {
        return IDENTITY;
    }

    /** The offset in the extracted original text that normalised offset {@code offset} came from. */
    public int toOriginal(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        int i = Arrays.binarySearch(starts, offset);
        int idx = i >= 0 ? i : -i - 2;
        return offset + shifts[idx];
    }

    @Override
    public int[] starts() {
        return starts.clone();
    }

    @Override
    public int[] shifts() {
        return shifts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && Arrays.equals(starts, m.starts) && Arrays.equals(shifts, m.shifts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(shifts);
    }

    @Override
    public String toString() {
        return "OffsetMap" + Arrays.toString(starts) + "+" + Arrays.toString(shifts);
    }
}
