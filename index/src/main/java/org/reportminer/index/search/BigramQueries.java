package org.reportminer.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.reportminer.index.analysis.BigramAnalyzer;

/**
 * Builds the exact-text query on the bigram field. The {@link BigramAnalyzer} output of the query text is reduced
 * to a covering: every bigram, plus every other token (Latin word, number, lone Han character) not already covered
 * by a bigram, each at its own position. Because positions are per character in both index and query, this phrase
 * matches exactly the documents containing the text as a contiguous run (punctuation and spaces aside, which the
 * tokenizer drops).
 */
final class BigramQueries {

    private BigramQueries() {
    }

    /** The exact-text query for {@code text}, or {@code null} when it has no searchable characters. */
    static Query exact(Analyzer bigrams, String field, String text) {
        record Tok(String term, int pos, String type) {
        }
        List<Tok> toks = new ArrayList<>();
        try (TokenStream ts = bigrams.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                toks.add(new Tok(term.toString(), pos, type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        Set<Integer> bigramStarts = new HashSet<>();
        toks.stream().filter(t -> BigramAnalyzer.DOUBLE_TYPE.equals(t.type())).forEach(t -> bigramStarts.add(t.pos()));
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        Term only = null;
        int terms = 0;
        int first = -1;
        for (Tok t : toks) {
            boolean single = BigramAnalyzer.SINGLE_TYPE.equals(t.type());
            if (single && (bigramStarts.contains(t.pos()) || bigramStarts.contains(t.pos() - 1))) {
                continue;
            }
            if (first < 0) {
                first = t.pos();
            }
            only = new Term(field, t.term());
            phrase.add(only, t.pos() - first);
            terms++;
        }
        if (terms == 0) {
            return null;
        }
        return terms == 1 ? new TermQuery(only) : phrase.build();
    }
}
