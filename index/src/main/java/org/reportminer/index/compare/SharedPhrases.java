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
     * One dynamic-programming pass over the matching cells only: meant for findings and sentences, not whole reports.
     */
    static List<String> find(String a, String b, int minLength, int max) {
        int n = a.length();
        int m = b.length();
        // b's positions (1-based) grouped by character, ascending within a character: each row of the table visits
        // only the cells where the characters match, since all others are 0 (findings share few characters per row)
        long[] byChar = new long[m];
        for (int j = 1; j <= m; j++) {
            byChar[j - 1] = ((long) b.charAt(j - 1) << 32) | j;
        }
        java.util.Arrays.sort(byChar);
        List<int[]> runs = new ArrayList<>(); // {length, endA, endB}
        int[] prev = new int[m + 2];
        int[] cur = new int[m + 2];
        int[] prevSet = new int[m];
        int[] curSet = new int[m];
        int prevCount = 0;
        for (int i = 1; i <= n; i++) {
            char c = a.charAt(i - 1);
            int curCount = 0;
            if (c != CompareText.PLACEHOLDER) {
                for (int x = firstOf(byChar, c); x < m && (char) (byChar[x] >>> 32) == c; x++) {
                    int j = (int) byChar[x];
                    cur[j] = prev[j - 1] + 1;
                    curSet[curCount++] = j;
                }
            }
            // a run is maximal where it cannot be extended to the lower right
            for (int x = 0; x < prevCount; x++) {
                int j = prevSet[x];
                if (prev[j] >= minLength && cur[j + 1] == 0) {
                    runs.add(new int[] {prev[j], i - 1, j});
                }
                prev[j] = 0;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            int[] ts = prevSet;
            prevSet = curSet;
            curSet = ts;
            prevCount = curCount;
        }
        for (int x = 0; x < prevCount; x++) {
            int j = prevSet[x];
            if (prev[j] >= minLength) {
                runs.add(new int[] {prev[j], n, j});
            }
        }
        // longest first, then by end in a, then by end in b (the order the full table scan found them in)
        runs.sort(Comparator.comparingInt((int[] r) -> -r[0]).thenComparingInt(r -> r[1]).thenComparingInt(r -> r[2]));
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

    /** The first index of {@code byChar} (sorted, character in the high half) whose character is {@code c}. */
    private static int firstOf(long[] byChar, char c) {
        int lo = 0;
        int hi = byChar.length;
        long key = (long) c << 32;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byChar[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
