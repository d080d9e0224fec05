package org.reportminer.index.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportminer.pipeline.text.CompareText;

/** Longest common substrings of two short texts: maximal shared runs, longest first, not overlapping in either text. */
final class SharedPhrases {

    private SharedPhrases() {
    }

    /**
     * Up to {@code max} non-overlapping common substrings of at least {@code minLength} characters, longest first.
     * One quadratic dynamic-programming pass: meant for findings and sentences, not whole reports.
     */
    static List<String> find(String a, String b, int minLength, int max) {
        int n = a.length();
        int m = b.length();
        char[] bs = b.toCharArray();
        List<int[]> runs = new ArrayList<>(); // {length, endA, endB}
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            char c = a.charAt(i - 1);
            boolean placeholder = c == CompareText.PLACEHOLDER;
            for (int j = 1; j <= m; j++) {
                cur[j] = c == bs[j - 1] && !placeholder ? prev[j - 1] + 1 : 0;
                // a run is maximal where it cannot be extended to the lower right
                if (prev[j - 1] >= minLength && cur[j] == 0) {
                    runs.add(new int[] {prev[j - 1], i - 1, j - 1});
                }
            }
            if (prev[m] >= minLength) {
                runs.add(new int[] {prev[m], i - 1, m});
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        for (int j = 1; j <= m; j++) {
            if (prev[j] >= minLength) {
                runs.add(new int[] {prev[j], n, j});
            }
        }
        runs.sort(Comparator.comparingInt((int[] r) -> -r[0]).thenComparingInt(r -> r[1]));
        boolean[] usedA = new boolean[n];
        boolean[] usedB = new boolean[m];
        List<String> out = new ArrayList<>();
        for (int[] r : runs) {
            if (out.size() >= max) {
                break;
            }
            int len = r[0];
            int sa = r[1] - len;
            int sb = r[2] - len;
            boolean free = true;
            for (int k = 0; k < len && free; k++) {
                free = !usedA[sa + k] && !usedB[sb + k];
            }
            if (free) {
                for (int k = 0; k < len; k++) {
                    usedA[sa + k] = true;
                    usedB[sb + k] = true;
                }
                out.add(a.substring(sa, sa + len));
            }
        }
        return out;
    }
}
