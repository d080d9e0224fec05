package org.reportminer.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.reportminer.index.schema.ReportField;

/**
 * Counts matching documents per year, org, kind and status straight from doc values: per segment, one int per
 * ordinal, resolved to strings once at the end. Cheaper than a taxonomy and needs no extra index structures.
 * One instance per search; not thread-safe.
 *
 * <p>Each collected document counts {@link #weight(int)} times (1 unless set): a sampled count collects one window of
 * documents in every {@code k} and weights each by {@code k}.
 */
final class FacetCounter implements Collector {

    private static final ReportField[] STRING_DIMS = {ReportField.ORG, ReportField.KIND, ReportField.STATUS};
    private static final int YEAR_BASE = 1000;

    private final OrdinalNames names;
    private final List<SegmentCounts> segments = new ArrayList<>();
    private final int[] yearCounts = new int[2000];
    private final Map<Long, Integer> otherYears = new HashMap<>();
    private long total;
    private int weight = 1;

    /** A counter that resolves ordinals through {@code names}, the searcher's cache. */
    FacetCounter(OrdinalNames names) {
        this.names = names;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues[] dvs = new SortedSetDocValues[STRING_DIMS.length];
        int[][] counts = new int[STRING_DIMS.length][];
        String[][] values = new String[STRING_DIMS.length][];
        for (int d = 0; d < STRING_DIMS.length; d++) {
            dvs[d] = DocValues.getSortedSet(context.reader(), STRING_DIMS[d].fieldName());
            values[d] = names.of(context.reader(), STRING_DIMS[d].fieldName());
            counts[d] = new int[values[d].length];
        }
        NumericDocValues years = DocValues.getNumeric(context.reader(), ReportField.YEAR.fieldName());
        segments.add(new SegmentCounts(values, counts));
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                int w = weight;
                total += w;
                for (int d = 0; d < dvs.length; d++) {
                    SortedSetDocValues dv = dvs[d];
                    if (dv.advanceExact(doc)) {
                        for (int i = 0, n = dv.docValueCount(); i < n; i++) {
                            counts[d][(int) dv.nextOrd()] += w;
                        }
                    }
                }
                if (years.advanceExact(doc)) {
                    long y = years.longValue();
                    long slot = y - YEAR_BASE;
                    if (slot >= 0 && slot < yearCounts.length) {
                        yearCounts[(int) slot] += w;
                    } else {
                        otherYears.merge(y, w, Integer::sum);
                    }
                }
            }
        };
    }

    /** From now on, each collected document counts {@code w} times. */
    void weight(int w) {
        if (w < 1) {
            throw new IllegalArgumentException("weight must be at least 1: " + w);
        }
        weight = w;
    }

    /** Adds the counts of {@code other}, another slice of the same search (its counts already weighted). */
    void addAll(FacetCounter other) {
        segments.addAll(other.segments);
        total += other.total;
        for (int i = 0; i < yearCounts.length; i++) {
            yearCounts[i] += other.yearCounts[i];
        }
        other.otherYears.forEach((y, c) -> otherYears.merge(y, c, Integer::sum));
    }

    /** Documents collected (each counted by its weight). */
    long total() {
        return total;
    }

    /** The counts, each map ordered by count (highest first) then value. */
    Facets facets() throws IOException {
        List<Map<String, Integer>> strings = new ArrayList<>();
        for (int d = 0; d < STRING_DIMS.length; d++) {
            Map<String, Integer> m = new HashMap<>();
            for (SegmentCounts seg : segments) {
                int[] c = seg.counts[d];
                for (int ord = 0; ord < c.length; ord++) {
                    if (c[ord] > 0) {
                        m.merge(seg.values[d][ord], c[ord], Integer::sum);
                    }
                }
            }
            strings.add(m);
        }
        Map<String, Integer> years = new HashMap<>();
        for (int i = 0; i < yearCounts.length; i++) {
            if (yearCounts[i] > 0) {
                years.put(Integer.toString(i + YEAR_BASE), yearCounts[i]);
            }
        }
        otherYears.forEach((y, c) -> years.put(Long.toString(y), c));
        return new Facets(sorted(years), sorted(strings.get(0)), sorted(strings.get(1)), sorted(strings.get(2)));
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private record SegmentCounts(String[][] values, int[][] counts) {
    }

}
