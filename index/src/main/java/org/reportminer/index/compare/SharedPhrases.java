package org.reportminer.index.compare;

import java.util.ArrayList;
import java.util.List;

/** Longest common substrings of two short texts, found greedily: the longest, then the longest in what is left. */
final class SharedPhrases {

    private SharedPhrases() {
    }

    /**
     * Up to {@code max} non-overlapping common substrings of at least {@code minLength} characters, longest first.
     * Quadratic in the lengths: meant for findings and sentences, not whole reports.
     */
    static List<String> find(String a, String b, int minLength, int max) {
        List<String> out = new ArrayList<>();
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        while (out.size() < max) {
            int best = 0;
            int endX = 0;
            int endY = 0;
            int[] prev = new int[y.length + 1];
            int[] cur = new int[y.length + 1];
            for (int i = 1; i <= x.length; i++) {
                for (int j = 1; j <= y.length; j++) {
                    if (x[i - 1] == y[j - 1] && x[i - 1] != '\0' && x[i - 1] != CompareText.PLACEHOLDER) {
                        cur[j] = prev[j - 1] + 1;
                        if (cur[j] > best) {
                            best = cur[j];
                            endX = i;
                            endY = j;
                        }
                    } else {
                        cur[j] = 0;
                    }
                }
                int[] t = prev;
                prev = cur;
                cur = t;
            }
            if (best < minLength) {
                break;
            }
            out.add(new String(x, endX - best, best));
            // blank out the phrase in both so the next round finds a different one
            for (int k = 0; k < best; k++) {
                x[endX - best + k] = '\0';
                y[endY - best + k] = '\u0001';
            }
        }
        return out;
    }
}
