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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
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
 * totalExact = false}; the top hits are the same either way (the rest's by block-max WAND, see {@link SliceSearch}).
 * {@link SearchQuery#exact()} counts every match. A large index is searched in one slice of its segments per core
 * at the same time ({@link SegmentSlices}); each slice counts exactly up to the limit on its own.
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
    private final OrdinalNames ordinalNames = new OrdinalNames();
    private final SegmentSlices slices;

    /**
     * Matches counted exactly before a broad query's total and facets are estimated: visiting 10,000 matches with
     * their facet doc values takes a few milliseconds, a million takes over 100 (BENCHMARKS.md, 2026-11-28).
     */
    public static final int DEFAULT_COUNT_LIMIT = 10_000;
    /** Document ids per counting window; a sample takes whole windows so the doc-values reads stay sequential. */
    private static final int WINDOW = 256;

    private ReportSearcher(Path path, Directory directory, SearcherManager manager, Analyzer queryAnalyzer,
                           int countLimit, SegmentSlices slices) {
        this.path = path;
        this.slices = slices;
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
        // One slice of the segments per core, so that one slow query keeps every core busy (BENCHMARKS.md).
        int cores = Math.min(8, Runtime.getRuntime().availableProcessors());
        return open(indexDir, segmenter, userSynonyms, countLimit,
                new SegmentSlices(cores, SegmentSlices.MIN_PARALLEL_DOCS));
    }

    /** Opens the index searching in {@code slices}, which the searcher owns and closes. */
    static ReportSearcher open(Path indexDir, Segmenter segmenter, Path userSynonyms, int countLimit,
                               SegmentSlices slices) throws IOException {
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
            return new ReportSearcher(indexDir, dir, new SearcherManager(dir, null), perField, countLimit, slices);
        } catch (IOException | RuntimeException e) {
            slices.close();
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
            QueryWeights weights = new QueryWeights(searcher, rewritten);
            SliceSearch.Result found = slices.search(leaves, query.limit(), slice -> SliceSearch.run(weights,
                    slice, query.limit(), query.exact(), countLimit, WINDOW, ordinalNames));
            boolean highlight = !(userQuery instanceof MatchAllDocsQuery);
            List<Hit> hits = new ArrayList<>(found.top().scoreDocs.length);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : found.top().scoreDocs) {
                hits.add(HitAssembler.toHit(stored.document(sd.doc), sd, highlight ? weights.complete() : null,
                        leaves, tags));
            }
            FacetCounter facets = found.facets();
            // A sample can miss a window holding shown hits: the total never claims fewer than the hits shown.
            long total = found.exact() ? facets.total() : Math.max(facets.total(), hits.size());
            return new SearchResult(total, found.exact(), hits, facets.facets());
        } catch (IndexSearcher.TooManyClauses e) {
            throw SearchQueries.tooManyTerms(query.text(), e);
        } finally {
            manager.release(searcher);
        }
    }

    /** Counts of reports, sections, findings, measures and counts, each by year, org and kind. */
    public IndexStats stats() throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            IndexStats.LevelStats[] levels = new IndexStats.LevelStats[Level.values().length];
            for (Level level : Level.values()) {
                FacetCounter counter = new FacetCounter(ordinalNames);
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
            slices.close();
            manager.close();
        } finally {
            directory.close();
        }
    }
}
