package org.reportminer.index.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document frequencies of bigrams and concepts over one organisation's findings, so that words every finding uses
 * (不够, 问题, 存在) weigh little and specific ones (一岗, 采购) weigh much.
 *
 * <p>For speed (re-ranking scores every retrieved candidate) each finding's bigrams and concepts are also kept as
 * sorted arrays of block-local ids with their IDF weights and weight totals, so a pair is scored by merging two short
 * int arrays instead of hashing strings. Immutable once built; safe to read from several threads.
 */
final class BlockStats {

    private final int size;
    private final Map<String, Integer> df;
    private final Map<String, Integer> conceptDf;
    private final Terms bigrams;
    private final Terms concepts;

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
        this.bigrams = new Terms(profiles, true);
        this.concepts = new Terms(profiles, false);
    }

    /** Smoothed inverse document frequency of a bigram, {@code ln(1 + N/df)}. */
    double bigramIdf(String bigram) {
        return idf(df.getOrDefault(bigram, 0));
    }

    /** Smoothed inverse document frequency of a concept. */
    double conceptIdf(String concept) {
        return idf(conceptDf.getOrDefault(concept, 0));
    }

    /**
     * IDF-weighted Dice of the two findings' bigrams: {@code 2·Σshared idf / (Σidf(a) + Σidf(b))}, 0 when both are
     * empty. Findings are named by {@link FindingProfile#ordinal()}.
     */
    double bigramDice(int a, int b) {
        double total = bigrams.total[a] + bigrams.total[b];
        return total == 0 ? 0 : 2 * bigrams.shared(a, b) / total;
    }

    /** IDF-weighted overlap coefficient of the two findings' concepts: {@code Σshared idf / min(Σidf(a), Σidf(b))}. */
    double conceptOverlap(int a, int b) {
        double min = Math.min(concepts.total[a], concepts.total[b]);
        return min == 0 ? 0 : Math.min(1, concepts.shared(a, b) / min);
    }

    /**
     * The {@code max} most specific bigrams of a finding (highest IDF first, ties in string order): the query terms of
     * candidate retrieval.
     */
    List<String> queryBigrams(int ordinal, int max) {
        int[] ids = bigrams.ids[ordinal];
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            order[i] = ids[i];
        }
        Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> -bigrams.weight[i])
                .thenComparing(i -> bigrams.names.get(i)));
        List<String> out = new java.util.ArrayList<>(Math.min(max, order.length));
        for (int i = 0; i < order.length && i < max; i++) {
            out.add(bigrams.names.get(order[i]));
        }
        return out;
    }

    private double idf(int n) {
        return Math.log(1.0 + (double) Math.max(size, 1) / Math.max(n, 1));
    }

    /** One kind of term (bigrams or concepts) of every finding as sorted id arrays with IDF weights. */
    private final class Terms {
        final int[][] ids;
        final double[] weight;
        final double[] total;
        final List<String> names = new java.util.ArrayList<>();

        Terms(List<FindingProfile> profiles, boolean bigramTerms) {
            Map<String, Integer> id = new HashMap<>();
            ids = new int[profiles.size()][];
            double[] w = new double[16];
            total = new double[profiles.size()];
            for (FindingProfile p : profiles) {
                var terms = bigramTerms ? p.bigrams() : p.concepts();
                int[] arr = new int[terms.size()];
                int k = 0;
                for (String t : terms) {
                    Integer i = id.get(t);
                    if (i == null) {
                        i = id.size();
                        id.put(t, i);
                        names.add(t);
                        if (i >= w.length) {
                            w = Arrays.copyOf(w, w.length * 2);
                        }
                        w[i] = bigramTerms ? bigramIdf(t) : conceptIdf(t);
                    }
                    arr[k++] = i;
                }
                Arrays.sort(arr);
                ids[p.ordinal()] = arr;
            }
            weight = w;
            for (FindingProfile p : profiles) {
                double s = 0;
                for (int i : ids[p.ordinal()]) {
                    s += weight[i];
                }
                total[p.ordinal()] = s;
            }
        }

        double shared(int a, int b) {
            int[] x = ids[a];
            int[] y = ids[b];
            int i = 0;
            int j = 0;
            double s = 0;
            while (i < x.length && j < y.length) {
                if (x[i] < y[j]) {
                    i++;
                } else if (x[i] > y[j]) {
                    j++;
                } else {
                    s += weight[x[i]];
                    i++;
                    j++;
                }
            }
            return s;
        }
    }
}
