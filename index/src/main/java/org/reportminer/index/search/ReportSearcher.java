package org.reportminer.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reportminer.index.analysis.BigramAnalyzer;
import org.reportminer.index.analysis.ReportAnalyzer;
import org.reportminer.index.schema.Level;
import org.reportminer.index.schema.ReportField;
import org.reportminer.pipeline.segment.Segmenter;

/**
 * Searches a report index: ranked, filtered, faceted, highlighted hits, and index statistics.
 *
 * <p>Query syntax (classic Lucene): words, {@code "exact phrases"}, {@code field:value} on
 * {@link ReportField#queryableNames()}, {@code AND/OR/NOT}, {@code +/-}, parentheses and
 * {@code year:[2019 TO 2023]}. A query is at most {@value SearchQuery#MAX_QUERY_CHARS} characters with parentheses
 * nested at most {@value SearchQuery#MAX_NESTING} deep; {@code level} and {@code status} take only their known values;
 * a purely negative query ({@code -整改}) matches everything else. Words are all required; each word matches by segmented words with genre synonyms
 * ({@code 一把手} finds {@code 主要负责人}) or as exact text, so any run of two or more Chinese characters from a
 * finding finds it. Quoted phrases match exact text only.
 *
 * <p>Totals and facets: a query matching at most {@link #DEFAULT_COUNT_LIMIT} documents is counted exactly. A
 * broader one is counted exactly up to that many matches, then over a systematic sample of the rest (one window of
 * document ids in every {@code k}, weighted by {@code k}), and the result says {@link SearchResult#totalExact()
 * totalExact = false}; the top hits are computed with block-max WAND and are the same either way.
 * {@link SearchQuery#exact()} counts every match.
 *
 * <p>Keeps one open reader (via {@link SearcherManager}) for fast repeated queries; call {@link #refresh()} to see
 * commits made after opening. Thread-safe.
 */
public final class ReportSearcher implements Closeable {

    private final Path path;
    private final Directory directory;
    private final SearcherManager manager;
    private final SearchQueries queries;
    private final int countLimit;

    /**
     * Matches counted exactly before a broad query's total and facets are estimated: visiting 10,000 matches with
     * their facet doc values takes a few milliseconds, a million takes over 100 (BENCHMARKS.md, 2026-11-28).
     */
    public static final int DEFAULT_COUNT_LIMIT = 10_000;
    /** Document ids per counting window; a sample takes whole windows so the doc-values reads stay sequential. */
    private static final int WINDOW = 256;

    private ReportSearcher(Path path, Directory directory, SearcherManager manager, Analyzer queryAnalyzer,
                           int countLimit) {
        this.path = path;
        this.directory = directory;
        this.manager = manager;
        this.queries = new SearchQueries(queryAnalyzer);
        this.countLimit = countLimit;
    }

    /**
     * Opens the index at {@code indexDir}.
     *
     * @param segmenter    the same segmenter the index was written with
     * @param userSynonyms a Solr-format synonym file extending the bundled ones, or {@code null}
     * @throws NoSuchFileException no index exists there
     * @throws IOException         the index or the synonym file cannot be read (message names the file)
     */
    public static ReportSearcher open(Path indexDir, Segmenter segmenter, Path userSynonyms) throws IOException {
        return open(indexDir, segmenter, userSynonyms, DEFAULT_COUNT_LIMIT);
    }

    /**
     * Opens the index at {@code indexDir}, counting up to {@code countLimit} matches exactly before estimating (see
     * the class comment).
     */
    public static ReportSearcher open(Path indexDir, Segmenter segmenter, Path userSynonyms, int countLimit)
            throws IOException {
        if (countLimit < 1) {
            throw new IllegalArgumentException("countLimit must be at least 1: " + countLimit);
        }
        // Only the words of a query matter, as at index time: skip the part-of-speech pass.
        Analyzer words = ReportAnalyzer.forQuery(Objects.requireNonNull(segmenter, "segmenter").wordsOnly(),
                userSynonyms);
        Analyzer perField = new PerFieldAnalyzerWrapper(words,
                Map.of(ReportField.TEXT_BIGRAM.fieldName(), new BigramAnalyzer(true)));
        Directory dir = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw new NoSuchFileException(indexDir.toString(), null, "no index here; ingest or reindex first");
            }
            return new ReportSearcher(indexDir, dir, new SearcherManager(dir, null), perField, countLimit);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Opens {@code indexDir} with the bundled synonyms only. */
    public static ReportSearcher open(Path indexDir, Segmenter segmenter) throws IOException {
        return open(indexDir, segmenter, null);
    }

    /** Makes commits since opening (or the last refresh) visible. */
    public void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    /** Searches with {@code 【】} highlighting. */
    public SearchResult search(SearchQuery query) throws QueryException, IOException {
        return search(query, HighlightTags.BRACKETS);
    }

    /**
     * Runs {@code query}: the best {@code limit} hits, the total and facet counts over all matches (exact, or
     * estimated for a broad query that is not {@link SearchQuery#exact()}; see the class comment).
     *
     * @throws QueryException the query text is malformed or names an unknown field (one-line message)
     */
    public SearchResult search(SearchQuery query, HighlightTags tags) throws QueryException, IOException {
        Query userQuery = queries.parse(query.text());
        Query full = SearchQueries.withFilters(userQuery, query);
        IndexSearcher searcher = manager.acquire();
        try {
            Query rewritten = searcher.rewrite(full);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            FacetCounter facets = new FacetCounter();
            TopScoreDocCollector top = TopScoreDocCollector.create(query.limit(), query.limit());
            boolean exact;
            Weight weight;
            if (query.exact()) {
                // One pass visits every match for the exact counts; the top hits come along at no extra cost.
                top = TopScoreDocCollector.create(query.limit(), Integer.MAX_VALUE);
                Collector both = MultiCollector.wrap(top, facets);
                weight = searcher.createWeight(rewritten, both.scoreMode(), 1f);
                collect(weight, leaves, both);
                exact = true;
            } else {
                // One pass scores and counts while the matches stay under the limit, so a narrow query costs what
                // it did; past the limit the counts go on over a sample and the partial top hits are dropped.
                TopScoreDocCollector prefixTop = TopScoreDocCollector.create(query.limit(), Integer.MAX_VALUE);
                weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE, 1f);
                exact = count(weight, leaves, facets, prefixTop, countLimit, WINDOW);
                if (exact) {
                    top = prefixTop;
                } else {
                    // Top hits alone: with a total-hits threshold of the limit, block-max WAND skips blocks whose
                    // best score cannot enter the top, so a broad query no longer scores every match.
                    weight = searcher.createWeight(rewritten, top.scoreMode(), 1f);
                    collect(weight, leaves, top);
                }
            }
            TopDocs topDocs = top.topDocs();
            boolean highlight = !(userQuery instanceof MatchAllDocsQuery);
            List<Hit> hits = new ArrayList<>(topDocs.scoreDocs.length);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : topDocs.scoreDocs) {
                hits.add(HitAssembler.toHit(stored.document(sd.doc), sd, highlight ? weight : null, leaves, tags));
            }
            // A sample can miss a window holding shown hits: the total never claims fewer than the hits shown.
            long total = exact ? facets.total() : Math.max(facets.total(), hits.size());
            return new SearchResult(total, exact, hits, facets.facets());
        } catch (IndexSearcher.TooManyClauses e) {
            throw SearchQueries.tooManyTerms(query.text(), e);
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * Counts matches of {@code weight} into {@code facets}, and into {@code top} while counting is exact: every match
     * while fewer than {@code limit} have been seen, then one window of {@code window} document ids in every
     * {@code k}, each match weighted by {@code k}, where {@code k} is chosen from the density so far so that about
     * {@code limit} more matches are visited. {@code top} is complete only when this returns true.
     *
     * @return whether every match was counted (the counts are exact)
     */
    static boolean count(Weight weight, List<LeafReaderContext> leaves, FacetCounter facets, Collector top,
                         int limit, int window) throws IOException {
        long allDocs = 0;
        for (LeafReaderContext leaf : leaves) {
            allDocs += leaf.reader().maxDoc();
        }
        long scanned = 0;
        int stride = 1;
        long sinceSwitch = 0;
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            BulkScorer scorer = weight.bulkScorer(leaf);
            LeafCollector counter = scorer == null ? null : facets.getLeafCollector(leaf);
            LeafCollector both = scorer == null || stride > 1 ? null : both(top.getLeafCollector(leaf), counter);
            for (int min = 0; min < maxDoc; min += window) {
                int max = Math.min(maxDoc, min + window);
                boolean take = stride == 1 || sinceSwitch++ % stride == 0;
                if (scorer != null && take) {
                    scorer.score(stride == 1 ? both : counter, leaf.reader().getLiveDocs(), min, max);
                }
                if (stride == 1) {
                    scanned += max - min;
                    if (facets.total() >= limit && scanned < allDocs) {
                        double expectedRest = (double) facets.total() / scanned * (allDocs - scanned);
                        long windowsLeft = (allDocs - scanned + window - 1) / window;
                        // at most one window in every windowsLeft, so that at least one window of the rest is seen
                        stride = (int) Math.min(windowsLeft, Math.max(1, Math.round(expectedRest / limit)));
                        facets.weight(stride);
                    }
                }
            }
            if (counter != null) {
                counter.finish();
            }
        }
        return stride == 1;
    }

    /** Both collectors on every document (the top hits need the scorer; the counter ignores it). */
    private static LeafCollector both(LeafCollector top, LeafCollector counter) {
        return new LeafCollector() {
            @Override
            public void setScorer(org.apache.lucene.search.Scorable scorer) throws IOException {
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

    /** Runs {@code weight} over every segment into {@code collector}, as IndexSearcher does without an executor. */
    private static void collect(Weight weight, List<LeafReaderContext> leaves, Collector collector) throws IOException {
        for (LeafReaderContext leaf : leaves) {
            LeafCollector leafCollector;
            try {
                leafCollector = collector.getLeafCollector(leaf);
            } catch (CollectionTerminatedException e) {
                continue;
            }
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer != null) {
                try {
                    scorer.score(leafCollector, leaf.reader().getLiveDocs());
                } catch (CollectionTerminatedException e) {
                    // this collector is done with the segment
                }
            }
            leafCollector.finish();
        }
    }

    /** Counts of reports, sections, findings, measures and counts, each by year, org and kind. */
    public IndexStats stats() throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            IndexStats.LevelStats[] levels = new IndexStats.LevelStats[Level.values().length];
            for (Level level : Level.values()) {
                FacetCounter counter = new FacetCounter();
                searcher.search(new TermQuery(new Term(ReportField.LEVEL.fieldName(), level.id())), counter);
                levels[level.ordinal()] = IndexStats.LevelStats.of(counter.total(), counter.facets());
            }
            return new IndexStats(levels[Level.REPORT.ordinal()], levels[Level.SECTION.ordinal()],
                    levels[Level.FINDING.ordinal()], levels[Level.MEASURE.ordinal()], levels[Level.COUNT.ordinal()]);
        } finally {
            manager.release(searcher);
        }
    }

    /** The index directory. */
    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }
}
