package org.reportminer.index.compare;

import java.util.Arrays;

/**
 * MinHash signatures over 4-character shingles and their LSH band keys, the reuse detector's candidate filter.
 * Seeds are fixed, so a sentence gets the same signature in every run. Stateless.
 */
final class MinHash {

    /** Characters per shingle. */
    static final int SHINGLE = 4;
    /** Hash functions per signature. */
    static final int HASHES = 30;
    /** LSH bands; each band keys {@code HASHES / BANDS} rows. */
    static final int BANDS = 10;

    private static final long[] SEEDS = seeds(0x243F6A8885A308D3L);
    private static final long[] MULTIPLIERS = odd(seeds(0x13198A2E03707344L));

    private MinHash() {
    }

    /**
     * MinHash signature over the 4-character shingles: each shingle is hashed once (SplitMix64), and the
     * {@value #HASHES} functions are multiply-add permutations of that hash (odd multipliers), one multiplication each
     * instead of a full re-mix: the signature is only a candidate filter, every candidate is verified exactly.
     */
    static long[] signature(String s) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= s.length(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + s.charAt(k);
            }
            h = mix(h);
            for (int f = 0; f < HASHES; f++) {
                long v = h * MULTIPLIERS[f] + SEEDS[f];
                if (v < sig[f]) {
                    sig[f] = v;
                }
            }
        }
        return sig;
    }

    /** The bucket key of one band of {@code sig}: two sentences sharing a key are LSH candidates. */
    static long bandKey(long[] sig, int band) {
        int rows = HASHES / BANDS;
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < rows; r++) {
            h = mix(h ^ sig[band * rows + r]);
        }
        return h;
    }

    /** SplitMix64 finaliser: a cheap, well-mixed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] odd(long[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] |= 1;
        }
        return values;
    }

    private static long[] seeds(long start) {
        long[] s = new long[HASHES];
        long x = start; // fixed: signatures must not change between runs
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }
}
