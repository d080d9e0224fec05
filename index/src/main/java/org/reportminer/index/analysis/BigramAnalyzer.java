package org.reportminer.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The character-bigram analyzer: {@link StandardTokenizer} → {@link CJKWidthFilter} → {@link LowerCaseFilter} →
 * {@link CJKBigramFilter}, with or without unigrams.
 *
 * <p>Every pair of adjacent Han (and kana, Hangul) characters becomes a bigram term. Characters separated by
 * punctuation are never paired; Latin words and numbers stay whole tokens. Bigrams do not depend on a word
 * segmenter, whose errors differ between wordings.
 *
 * <ul>
 *   <li>{@code new BigramAnalyzer(true)}, the search recall field: every character also stays as a unigram, with the
 *       bigram stacked on the position of its first character, so each character keeps its own position. Any run of
 *       two or more Chinese characters taken from a text is then a phrase of consecutive bigrams in that text's
 *       field, whatever the segmenter made of it ({@code 党建} inside {@code 党建带侨建}). The same chain serves
 *       indexing and queries; the query side picks a covering of bigrams from its output.</li>
 *   <li>{@code new BigramAnalyzer(false)}, comparison's candidate retrieval: bigrams only (a lone character still
 *       comes out as a unigram), which suits short reworded findings.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class BigramAnalyzer extends Analyzer {

    /** Token type of a two-character term, as {@link CJKBigramFilter} sets it. */
    public static final String DOUBLE_TYPE = "<DOUBLE>";
    /** Token type of a one-character Han term, as {@link CJKBigramFilter} sets it. */
    public static final String SINGLE_TYPE = "<SINGLE>";

    private final boolean unigrams;

    /**
     * An analyzer with or without unigrams.
     *
     * @param unigrams whether every character also stays a term of its own beside the bigrams
     */
    public BigramAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        // Run the width filter first before bigramming: it folds half-width katakana, which can combine characters.
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        // Bigram last: it needs the ideographic token types the tokenizer assigned. With unigrams, every character
        // has a position of its own and single characters stay findable.
        result = new CJKBigramFilter(result,
                CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
                unigrams);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
