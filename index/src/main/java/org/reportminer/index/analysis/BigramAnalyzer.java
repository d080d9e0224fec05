package org.reportminer.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The recall analyzer: {@link StandardTokenizer} → {@link CJKWidthFilter} → {@link LowerCaseFilter} →
 * {@link CJKBigramFilter} with unigrams.
 *
 * <p>Every pair of adjacent Han characters becomes a bigram term, stacked on the position of its first character,
 * and every character also stays as a unigram, so each character keeps its own position. Any run of two or more
 * Chinese characters taken from a text is then a phrase of consecutive bigrams in that text's field, whatever the
 * word segmenter made of it ({@code 党建} inside {@code 党建带侨建}). Characters separated by punctuation are never
 * paired. Latin words and numbers stay whole tokens.
 *
 * <p>The same chain serves indexing and queries; the query side picks a covering of bigrams from its output.
 *
 * @since 0.1
 */
public final class BigramAnalyzer extends Analyzer {

    /** Token type of a two-character term, as {@link CJKBigramFilter} sets it. */
    public static final String DOUBLE_TYPE = "<DOUBLE>";
    /** Token type of a one-character Han term, as {@link CJKBigramFilter} sets it. */
    public static final String SINGLE_TYPE = "<SINGLE>";

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        // Run the width filter first before bigramming: it folds half-width katakana, which can combine characters.
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        // Keep unigrams so every character has a position of its own and single characters stay findable.
        result = new CJKBigramFilter(result,
                CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
                true);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
