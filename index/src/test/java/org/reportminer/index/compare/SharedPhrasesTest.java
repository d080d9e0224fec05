package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportminer.pipeline.text.CompareText;

/**
 * {@link SharedPhrases} visits only the matching cells of the table (issue 15, compare speed) and finds the same phrases,
 * in the same order, as the former full-table pass kept here as the oracle.
 */
class SharedPhrasesTest {

    @Test
    void findsTheLongestNonOverlappingSharedRunsFirst() {
        assertEquals(List.of("形式主义问题", "落实不到位"),
                SharedPhrases.find("一些地方形式主义问题突出，落实不到位", "形式主义问题仍然存在，整改落实不到位", 3, 4));
        assertEquals(List.of(), SharedPhrases.find("", "形式主义", 3, 4));
        assertEquals(List.of(), SharedPhrases.find("#年#月#年", "#年#月#年", 3, 4), "placeholders never start or join a phrase");
    }

    @Test
    void matchesTheFullTablePassOnRandomTextsOfASmallAlphabet() {
        Random rnd = new Random(15);
        String alphabet = "问题落实不到位形式#主义";
        for (int t = 0; t < 3000; t++) {
            String a = random(rnd, alphabet, rnd.nextInt(40));
            String b = rnd.nextBoolean() ? random(rnd, alphabet, rnd.nextInt(40)) : mutate(rnd, a, alphabet);
            int min = 1 + rnd.nextInt(4);
            int max = 1 + rnd.nextInt(6);
            assertEquals(fullTable(a, b, min, max), SharedPhrases.find(a, b, min, max), a + " / " + b);
        }
    }

    private static String random(Random rnd, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String mutate(Random rnd, String s, String alphabet) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = rnd.nextInt(4); k > 0 && sb.length() > 0; k--) {
            sb.setCharAt(rnd.nextInt(sb.length()), alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** The former implementation: the whole quadratic table. */
    static List<String> fullTable(String a, String b, int minLength, int max) {
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
