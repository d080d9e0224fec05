package org.reportminer.index.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for each content sentence of a later report, the earlier report's sentence it copies: identical squeezed
 * text through a hash map, otherwise the LSH candidates of its MinHash signature, each verified exactly (shingle
 * Jaccard at least {@value #MIN_JACCARD}), because LSH returns candidates below the threshold. One instance per
 * earlier report and comparison; not thread-safe.
 */
final class SentenceMatcher {

    static final double MIN_JACCARD = 0.7;

    private final List<ReuseDetector.Unit> earlier;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    SentenceMatcher(List<ReuseDetector.Unit> earlier) {
        this.earlier = earlier;
        for (int j = 0; j < earlier.size(); j++) {
            ReuseDetector.Unit u = earlier.get(j);
            exact.putIfAbsent(u.squeezed(), j);
            for (int b = 0; b < MinHash.BANDS; b++) {
                buckets.computeIfAbsent(MinHash.bandKey(u.signature(), b), k -> new ArrayList<>(2)).add(j);
            }
        }
    }

    /**
     * The index of the earlier sentence {@code u} copies, or -1.
     *
     * @param prev the match of the previous later sentence (-1 or less for none): preferred on a tie, so passages
     *             stay contiguous
     */
    int bestMatch(ReuseDetector.Unit u, int prev) {
        Integer same = exact.get(u.squeezed());
        if (prev >= 0 && prev + 1 < earlier.size() && earlier.get(prev + 1).squeezed().equals(u.squeezed())) {
            return prev + 1; // keep passages contiguous when the same sentence occurs twice
        }
        if (same != null) {
            return same;
        }
        Set<Integer> candidates = new HashSet<>();
        for (int b = 0; b < MinHash.BANDS; b++) {
            List<Integer> l = buckets.get(MinHash.bandKey(u.signature(), b));
            if (l != null) {
                candidates.addAll(l);
            }
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        Set<String> mine = shingles(u.squeezed());
        int best = -1;
        double bestJ = 0;
        for (int c : candidates) {
            double j = jaccard(mine, shingles(earlier.get(c).squeezed()));
            if (j >= MIN_JACCARD && (j > bestJ || (j == bestJ && c == prev + 1))) {
                best = c;
                bestJ = j;
            }
        }
        return best;
    }

    static Set<String> shingles(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE <= s.length(); i++) {
            out.add(s.substring(i, i + MinHash.SHINGLE));
        }
        if (out.isEmpty()) {
            out.add(s);
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String x : a) {
            if (b.contains(x)) {
                inter++;
            }
        }
        int union = a.size() + b.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }
}
