package org.reportminer.index.solr.plugin;

import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.ReportQueries;
import org.reportminer.index.search.SearchQuery;

/**
 * {@code {!reportminer}}: parses a user's query exactly as the embedded searcher does ({@link ReportQueries}), with
 * the schema's query analyzers, so both backends run the same Lucene query. Filters (level, year …) are sent as
 * plain {@code fq} by the client.
 *
 * <pre>{@code <queryParser name="reportminer" class="org.reportminer.index.solr.plugin.ReportQParserPlugin"/>}</pre>
 *
 * @since 0.1
 */
public final class ReportQParserPlugin extends QParserPlugin {

    /** The parser's name in {@code solrconfig.xml} and in {@code defType}. */
    public static final String NAME = "reportminer";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                try {
                    return ReportQueries.of(getReq().getSchema().getQueryAnalyzer(),
                            SearchQuery.of(qstr == null ? "" : qstr));
                } catch (QueryException e) {
                    throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage(), e);
                }
            }
        };
    }
}
