package org.reportminer.index.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * The Lucene query for a {@link SearchQuery}, exactly as {@link ReportSearcher} builds it: the user's text parsed
 * with {@code queryAnalyzer} (words, with synonyms) and the bigram field, plus each filter. Another engine built on
 * the same Lucene (the Solr query parser plugin) calls this, so both backends run the very same query.
 *
 * @since 0.1
 */
public final class ReportQueries {

    private ReportQueries() {
    }

    /**
     * @param queryAnalyzer the per-field query analyzer: the word chain with synonyms for {@code text} and
     *                      {@code title}; the bigram field is analysed by {@code BigramAnalyzer} regardless
     * @throws QueryException the query text is malformed (one-line message)
     */
    public static Query of(Analyzer queryAnalyzer, SearchQuery query) throws QueryException {
        Query user = new SearchQueries(queryAnalyzer).parse(query.text());
        return SearchQueries.withFilters(user, query);
    }
}
