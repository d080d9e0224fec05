package org.reportminer.index.solr.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.reportminer.index.analysis.ReportAnalyzer;
import org.reportminer.index.analysis.ReportSynonyms;

/**
 * Factory for the genre's search synonyms ({@code 一把手 ⇔ 主要负责人}): a {@link SynonymGraphFilter} over the
 * bundled rules, parsed with the index-time word chain exactly as {@link ReportAnalyzer#forQuery} does. Query time
 * only, as in the embedded index. Takes no parameters.
 *
 * <pre>{@code <filter name="reportminerSynonyms"/>}</pre>
 *
 * @since 0.1
 */
public final class ReportSynonymFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "reportminerSynonyms";

    private final SynonymMap map;

    /** @throws IllegalArgumentException for any parameter besides Lucene's own ({@code luceneMatchVersion}) */
    public ReportSynonymFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
        try {
            map = ReportSynonyms.load(ReportAnalyzer.forIndex(SharedSegmenter.get()), null, true);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled synonyms should always be present and valid", e);
        }
    }

    /** Default ctor for compatibility with SPI. */
    public ReportSynonymFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SynonymGraphFilter(input, map, true);
    }
}
