package org.reportminer.index.compare;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * A small private analyzer for candidate retrieval: StandardTokenizer → CJKWidthFilter → LowerCaseFilter →
 * CJKBigramFilter. Bigrams suit short reworded Chinese findings better than a word segmenter whose errors differ
 * between wordings; this analyzer never leaves the compare package and is not the project's search analyzer.
 */
final class BigramAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        // fold widths first so full-width Latin and half-width katakana reach the bigrammer in one form
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        // bigram last: it needs the ideographic token types the tokenizer assigned
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
