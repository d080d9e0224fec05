package org.reportminer.index.solr.plugin;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.reportminer.index.analysis.SegmenterTokenizer;

/**
 * Factory for {@link SegmenterTokenizer} over HanLP with the bundled domain terms, as the embedded index segments
 * words. Takes no parameters.
 *
 * <pre>{@code <tokenizer name="reportminerWords"/>}</pre>
 *
 * @since 0.1
 */
public final class ReportTokenizerFactory extends TokenizerFactory {

    /** SPI name. */
    public static final String NAME = "reportminerWords";

    /** @throws IllegalArgumentException for any parameter besides Lucene's own ({@code luceneMatchVersion}) */
    public ReportTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default ctor for compatibility with SPI. */
    public ReportTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new SegmenterTokenizer(factory, SharedSegmenter.get());
    }
}
