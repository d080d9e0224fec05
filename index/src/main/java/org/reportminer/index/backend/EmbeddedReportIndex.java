package org.reportminer.index.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.IndexStats;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;
import org.reportminer.index.write.ReportIndexer;
import org.reportminer.pipeline.segment.Segmenter;

/**
 * The embedded Lucene index at a directory, behind {@link ReportIndex}: {@link ReportIndexer} for writes and
 * {@link ReportSearcher} for searches, each opened on first use, so a search-only process never takes the write
 * lock. After {@link #commit()} the searcher is refreshed.
 *
 * @since 0.1
 */
public final class EmbeddedReportIndex implements ReportIndex {

    private final Path dir;
    private final Segmenter segmenter;
    private final Path userSynonyms;
    private ReportIndexer indexer;
    private ReportSearcher searcher;

    /**
     * @param dir          the index directory ({@code STORE/index})
     * @param segmenter    the word segmenter the index is written with
     * @param userSynonyms a Solr-format synonym file extending the bundled ones, or {@code null}
     */
    public EmbeddedReportIndex(Path dir, Segmenter segmenter, Path userSynonyms) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.userSynonyms = userSynonyms;
    }

    /**
     * The index at {@code dir} emptied for a rebuild, as {@link ReportIndexer#openEmpty} opens it: searchers see the
     * old documents until {@link #commit()}; a damaged index is moved aside (said to {@code movedAside}).
     */
    public static EmbeddedReportIndex rebuilding(Path dir, Segmenter segmenter, Consumer<String> movedAside)
            throws IOException {
        EmbeddedReportIndex index = new EmbeddedReportIndex(dir, segmenter, null);
        index.indexer = ReportIndexer.openEmpty(dir, segmenter, movedAside);
        return index;
    }

    private synchronized ReportIndexer writer() throws IOException {
        if (indexer == null) {
            indexer = ReportIndexer.open(dir, segmenter);
        }
        return indexer;
    }

    private synchronized ReportSearcher reader() throws IOException {
        if (searcher == null) {
            searcher = ReportSearcher.open(dir, segmenter, userSynonyms);
        }
        return searcher;
    }

    @Override
    public void index(Report report) throws IOException {
        writer().index(report);
    }

    @Override
    public void delete(String reportId) throws IOException {
        writer().deleteReport(reportId);
    }

    @Override
    public void deleteAll() throws IOException {
        writer().deleteAll();
    }

    @Override
    public Set<String> reportIds() throws IOException {
        return writer().reportIds();
    }

    /**
     * Commits, then refreshes the searcher. The commit runs outside this object's lock, so that {@link #index} calls
     * on other threads go on while Lucene flushes (its writer allows both at once).
     */
    @Override
    public void commit() throws IOException {
        writer().commit();
        synchronized (this) {
            if (searcher != null) {
                searcher.refresh();
            }
        }
    }

    @Override
    public SearchResult search(SearchQuery query, HighlightTags tags) throws QueryException, IOException {
        return reader().search(query, tags);
    }

    @Override
    public IndexStats stats() throws IOException {
        return reader().stats();
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    /** Closes without committing, like {@link ReportIndexer#close()}. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (searcher != null) {
                searcher.close();
            }
        } finally {
            if (indexer != null) {
                indexer.close();
            }
        }
    }
}
