package org.reportminer.index.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document frequencies of bigrams and concepts over one organisation's findings, so that words every finding uses
 * (不够, 问题, 存在) weigh little and specific ones (一岗, 采购) weigh much. Immutable once built.
 */
final class BlockStats {

    private final int size;
    private final Map<String, Integer> df;
    private final Map<String, Integer> conceptDf;

    BlockStats(List<FindingProfile> profiles) {
        Map<String, Integer> m = new HashMap<>();
        Map<String, Integer> cm = new HashMap<>();
        for (FindingProfile p : profiles) {
            for (String b : p.bigrams()) {
                m.merge(b, 1, Integer::sum);
            }
            for (String c : p.concepts()) {
                cm.merge(c, 1, Integer::sum);
            }
        }
        this.size = profiles.size();
        this.df = m;
        this.conceptDf = cm;
    }

    /** Smoothed inverse document frequency of a bigram, {@code ln(1 + N/df)}. */
    double bigramIdf(String bigram) {
        return idf(df.getOrDefault(bigram, 0));
    }

    /** Smoothed inverse document frequency of a concept. */
    double conceptIdf(String concept) {
        return idf(conceptDf.getOrDefault(concept, 0));
    }

    private double idf(int n) {
        return Math.log(1.0 + (double) Math.max(size, 1) / Math.max(n, 1));
    }
}
