package org.reportminer.index.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.reportminer.corpus.text.ResourceLines;
import org.reportminer.pipeline.segment.Segmenter;

/**
 * The word analyzer for report text: {@link SegmenterTokenizer} → {@link CJKWidthFilter} → {@link LowerCaseFilter}
 * → {@link StopFilter} (only when a stop set is given; off by default) → {@link SynonymGraphFilter} (query time only, when synonyms are
 * given).
 *
 * <p>Index with {@link #forIndex(Segmenter)}; parse queries with {@link #forQuery(Segmenter, Path)}, which adds the
 * genre synonyms so that {@code 一把手} also finds {@code 主要负责人}. Synonyms are applied only at query time, so
 * editing the synonym file needs no reindex; changing the segmenter's dictionary does.
 *
 * <p>Thread-safe like every Lucene analyzer (token streams are reused per thread).
 *
 * @since 0.1
 */
public final class ReportAnalyzer extends Analyzer {

    private final Segmenter segmenter;
    private final CharArraySet stopWords;
    private final SynonymMap synonyms;

    /**
     * @param segmenter the word segmenter (thread-safe)
     * @param stopWords words to drop; {@link CharArraySet#EMPTY_SET} for none
     * @param synonyms  synonyms to expand, or {@code null} for none (the index-time chain)
     */
    public ReportAnalyzer(Segmenter segmenter, CharArraySet stopWords, SynonymMap synonyms) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.stopWords = CharArraySet.unmodifiableSet(CharArraySet.copy(Objects.requireNonNull(stopWords, "stopWords")));
        this.synonyms = synonyms;
    }

    /**
     * The index-time chain: no stop words, no synonyms. Function words are kept because BM25 already discounts
     * them and because synonym rules such as {@code 党建,党的建设} must see every word.
     */
    public static ReportAnalyzer forIndex(Segmenter segmenter) {
        return new ReportAnalyzer(segmenter, CharArraySet.EMPTY_SET, null);
    }

    /**
     * The query-time chain matching {@link #forIndex(Segmenter)}, plus the bundled genre synonyms, extended by
     * {@code userSynonyms} when given.
     *
     * @param userSynonyms a Solr-format synonym file (UTF-8) whose rules are added to the defaults, or {@code null}
     * @throws IOException when the user file cannot be read or has a bad rule; the message names the file
     */
    public static ReportAnalyzer forQuery(Segmenter segmenter, Path userSynonyms) throws IOException {
        ReportAnalyzer parsing = forIndex(segmenter);
        SynonymMap map = ReportSynonyms.load(parsing, userSynonyms, true);
        return new ReportAnalyzer(segmenter, CharArraySet.EMPTY_SET, map);
    }

    /**
     * The bundled opt-in stop set: Chinese function words that carry no search value on their own. When an analyzer
     * uses it, synonyms must be loaded with that same analyzer, and a rule containing a stop word is rejected.
     */
    public static CharArraySet chineseStopSet() {
        return DefaultStopSet.SET;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new SegmenterTokenizer(segmenter);
        return new TokenStreamComponents(source, filter(source));
    }

    /**
     * This analyzer's filter chain over words that were already segmented, e.g. a {@link SegmentedText} span: the
     * terms come out exactly as if the span's text had been analysed by this analyzer with those words.
     */
    public TokenStream filter(TokenStream words) {
        // Fold width first, so that full-width Latin and digits (ＡＢＣ１２) are plain ASCII for everything after.
        TokenStream result = new CJKWidthFilter(words);
        // Lower-case after width folding: only then does ＡＢＣ become abc rather than ａｂｃ.
        result = new LowerCaseFilter(result);
        if (!stopWords.isEmpty()) {
            // Stop before synonyms: StopFilter is not graph-aware and would break a synonym graph's position lengths.
            result = new StopFilter(result, stopWords);
        }
        if (synonyms != null) {
            // Synonyms last, so rules match the same folded words the index holds.
            result = new SynonymGraphFilter(result, synonyms, true);
        }
        return result;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // Query terms that skip analysis (prefix, wildcard, fuzzy) get the same folding as indexed words.
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    /** Loads the stop set once, on first use. */
    private static final class DefaultStopSet {
        static final CharArraySet SET = CharArraySet.unmodifiableSet(
                new CharArraySet(ResourceLines.bundled(ReportAnalyzer.class, "stopwords.txt").texts(), false));
    }
}
