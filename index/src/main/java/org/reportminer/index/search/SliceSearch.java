package org.reportminer.index.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * One query over one slice of an index's segments: its top hits, its total and facet counts, exact or estimated.
 * The searcher runs the slices of a query at the same time and merges them ({@link ReportSearcher}).
 *
 * <p>Counting: every match while fewer than {@code limit} have been seen, then one window of {@code window} document
 * ids in every {@code k}, each match weighted by {@code k}, where {@code k} is chosen from the density so far so
 * that about {@value #SAMPLED_MATCHES} more matches (at most {@code limit}) are visited. The top hits of an exactly
 * counted slice come from the same pass; an estimated one keeps the hits of the exactly counted prefix and takes
 * the rest's with block-max WAND (a total-hits threshold of the hits wanted), so no document is scored twice.
 */
final class SliceSearch {

    /**
     * Matches a sample aims to visit after exact counting stops: a systematic sample of 2,000 matches puts the
     * total within a few percent, and visiting 10,000 more (the exact limit) took a broad query at 1M findings
     * about twice as long (p99 97 against 43 ms, on a busy machine) for no visible gain.
     */
    static final int SAMPLED_MATCHES = 2_000;

    /** What one slice found: its best hits (doc ids of the whole index), its counts, and whether they are exact. */
    record Result(TopDocs top, FacetCounter facets, boolean exact) {
    }

    /** The weights of one query: scoring every match, and scoring for the top hits only (made when first needed). */
    interface Weights {
        Weight complete() throws IOException;

        Weight topScores() throws IOException;
    }

    /** Where exact counting stopped: the slice's leaf {@code leaf} from document {@code doc} on is uncounted. */
    private record Switch(int leaf, int doc) {
    }

    private SliceSearch() {
    }

    /**
     * Searches {@code leaves} for the best {@code hits} documents, counting every match when {@code exact}, else up
     * to {@code limit} matches before sampling (see the class comment).
     */
    static Result run(Weights weights, List<LeafReaderContext> leaves, int hits, boolean exact, int limit,
                      int window, OrdinalNames names) throws IOException {
        FacetCounter facets = new FacetCounter(names);
        TopScoreDocCollector prefixTop = TopScoreDocCollector.create(hits, Integer.MAX_VALUE);
        if (exact) {
            collect(weights.complete(), leaves, MultiCollector.wrap(prefixTop, facets), null);
            return new Result(prefixTop.topDocs(), facets, true);
        }
        Switch at = count(weights.complete(), leaves, facets, prefixTop, limit, window);
        if (at == null) {
            return new Result(prefixTop.topDocs(), facets, true);
        }
        TopScoreDocCollector restTop = TopScoreDocCollector.create(hits, hits);
        collect(weights.topScores(), leaves, restTop, at);
        // The prefix holds lower doc ids than the rest, so ties still go to the lower id, as in one pass.
        TopDocs top = TopDocs.merge(0, hits, new TopDocs[] {prefixTop.topDocs(), restTop.topDocs()},
                (a, b) -> Integer.compare(a.doc, b.doc));
        return new Result(top, facets, false);
    }

    /**
     * Counts matches of {@code weight} into {@code facets}, and into {@code top} while counting is exact.
     *
     * <p>While counting is exact, each bulk-scorer call covers as many documents as should hold half the matches
     * still allowed (from the density seen so far, or the scorer's cost before that), never fewer than a window: a
     * call per 256 documents cost a query at 1M findings more than its matching did.
     *
     * @return {@code null} when every match was counted (the counts are exact and {@code top} complete), else where
     *     exact counting stopped
     */
    static Switch count(Weight weight, List<LeafReaderContext> leaves, FacetCounter facets, Collector top,
                        int limit, int window) throws IOException {
        long allDocs = 0;
        for (LeafReaderContext leaf : leaves) {
            allDocs += leaf.reader().maxDoc();
        }
        long scanned = 0;
        int stride = 1;
        long sinceSwitch = 0;
        Switch at = null;
        for (int l = 0; l < leaves.size(); l++) {
            LeafReaderContext leaf = leaves.get(l);
            int maxDoc = leaf.reader().maxDoc();
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) {
                scanned += at == null ? maxDoc : 0;
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            LeafCollector counter = facets.getLeafCollector(leaf);
            LeafCollector both = at != null ? null : both(top.getLeafCollector(leaf), counter);
            int min = 0;
            while (min < maxDoc) {
                if (at != null) {
                    int max = Math.min(maxDoc, min + window);
                    if (sinceSwitch++ % stride == 0) {
                        scorer.score(counter, live, min, max);
                    }
                    min = max;
                    continue;
                }
                int max = exactRangeEnd(min, maxDoc, limit - facets.total(), facets.total(), scanned,
                        (double) scorer.cost() / maxDoc, window);
                scorer.score(both, live, min, max);
                scanned += max - min;
                min = max;
                if (facets.total() >= limit && scanned < allDocs) {
                    double expectedRest = (double) facets.total() / scanned * (allDocs - scanned);
                    long windowsLeft = (allDocs - scanned + window - 1) / window;
                    // at most one window in every windowsLeft, so that at least one window of the rest is seen
                    stride = (int) Math.min(windowsLeft, Math.max(1,
                            Math.round(expectedRest / Math.min(limit, SAMPLED_MATCHES))));
                    facets.weight(stride);
                    at = new Switch(l, min);
                }
            }
            counter.finish();
        }
        return at;
    }

    /**
     * The end of the next exactly counted range from {@code min}: about half of {@code room} matches at the density
     * seen so far ({@code seen} matches in {@code scanned} documents, once a few windows are scanned) or else at the
     * scorer's cost per document; at least one {@code window}, at most the segment's end.
     */
    static int exactRangeEnd(int min, int maxDoc, long room, long seen, long scanned, double costDensity,
                             int window) {
        double density = scanned >= 4L * window ? Math.max(1, seen) / (double) scanned : costDensity;
        double span = density <= 0 ? maxDoc : Math.max(1, room) / 2.0 / density;
        long end = min + Math.max(window, (long) Math.min(span, maxDoc));
        return (int) Math.min(maxDoc, end);
    }

    /** Both collectors on every document (the top hits need the scorer; the counter ignores it). */
    private static LeafCollector both(LeafCollector top, LeafCollector counter) {
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                top.setScorer(scorer);
                counter.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                top.collect(doc);
                counter.collect(doc);
            }
        };
    }

    /**
     * Runs {@code weight} over the segments into {@code collector}, as IndexSearcher does without an executor; from
     * {@code from} on when given.
     */
    private static void collect(Weight weight, List<LeafReaderContext> leaves, Collector collector, Switch from)
            throws IOException {
        for (int l = from == null ? 0 : from.leaf(); l < leaves.size(); l++) {
            LeafReaderContext leaf = leaves.get(l);
            LeafCollector leafCollector;
            try {
                leafCollector = collector.getLeafCollector(leaf);
            } catch (CollectionTerminatedException e) {
                continue;
            }
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer != null) {
                try {
                    int min = from != null && l == from.leaf() ? from.doc() : 0;
                    scorer.score(leafCollector, leaf.reader().getLiveDocs(), min, leaf.reader().maxDoc());
                } catch (CollectionTerminatedException e) {
                    // this collector is done with the segment
                }
            }
            leafCollector.finish();
        }
    }
}
