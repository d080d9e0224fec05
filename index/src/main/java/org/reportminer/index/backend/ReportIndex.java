package org.reportminer.index.backend;

import java.io.Closeable;
import java.io.IOException;
import java.util.Set;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.IndexStats;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;
import org.reportminer.index.write.ReportSink;

/**
 * Where report documents are written and searched: the one seam between the use cases and an engine. Two
 * implementations: {@link EmbeddedReportIndex} (Lucene in {@code STORE/index}, the default) and
 * {@code SolrReportIndex} (a SolrCloud collection through SolrJ).
 *
 * <p>The report store stays the source of truth. Writes become visible and durable only at {@link #commit()}; a
 * write that fails leaves the store untouched, and {@link #reportIds()} lets the next run reconcile the index with it.
 *
 * @since 0.1
 */
public interface ReportIndex extends Closeable, ReportSink {

    /** Adds {@code report}, replacing every document previously written for its id. Visible after {@link #commit()}. */
    @Override
    void index(Report report) throws IOException;

    /** Deletes every document of report {@code reportId}. Visible after {@link #commit()}. */
    @Override
    void delete(String reportId) throws IOException;

    /** Deletes every document, for a rebuild. */
    void deleteAll() throws IOException;

    /** Ids of the reports the index holds (including writes not yet committed where the engine can tell). */
    Set<String> reportIds() throws IOException;

    /**
     * Makes every write so far durable and visible to searches. May be called while other threads write: writes
     * finished before the call are in the commit, writes racing with it are in this one or the next.
     */
    void commit() throws IOException;

    /**
     * Runs {@code query}: the best hits, the exact total and facet counts over all matches.
     *
     * @throws QueryException the query text is malformed (one-line message)
     */
    SearchResult search(SearchQuery query, HighlightTags tags) throws QueryException, IOException;

    /** Counts of reports, sections, findings, measures and counts, each by year, org and kind. */
    IndexStats stats() throws IOException;

    /** Where the documents live, for messages: a directory, or {@code solr:ZK/collection}. */
    @Override
    String describe();
}
