package org.reportminer.index.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.reportminer.index.analysis.BigramAnalyzer;

/**
 * BM25 candidate retrieval over one organisation's findings: the synonym-normalised text as character bigrams
 * ({@link BigramAnalyzer}) plus the finding's concepts as exact terms (boosted ×{@value #CONCEPT_BOOST}, so reworded
 * findings that share only a concept are still retrieved). Excludes the querying finding's own report.
 *
 * <p>It returns exactly what a Lucene {@code BooleanQuery} of SHOULD term clauses (MUST_NOT the own report) over an
 * in-memory index of the block returned before (the old path, kept in the tests as {@code LuceneCandidateIndex}, is
 * the oracle of {@code CandidateIndexTest}), at a fraction of the cost: a block is 150 findings, so building a Lucene
 * index and running 150 searches over it cost more than the scoring itself (about half of compare's CPU). Identity
 * holds by construction: the postings come from the same analyzer, every per-term score comes from Lucene's own
 * {@link BM25Similarity} scorer with the statistics Lucene would give it (document count, total term frequency, norms
 * encoded by {@link SmallFloat#intToByte4}), the per-document sum is a double sum of those floats cast to float (as
 * Lucene's disjunction scorers do; the sum of a few dozen floats of similar magnitude is exact in a double, so the
 * order of addition does not matter) and ties rank by ordinal (Lucene's document order). Not thread-safe: one
 * {@link FindingLinker#link} call owns it.
 */
final class CandidateIndex implements Candidates {

    private static final float CONCEPT_BOOST = 2f;
    /** Bound on query clauses, as the Lucene query had (well below its default maximum of 1024). */
    private static final int MAX_TERMS = 400;
    private static final int MAX_QUERY_BIGRAMS = 24;

    private final int[] reportOf;
    private final Field text;
    private final Field concept;
    /** Per-query scratch: the score sum per finding, and which findings it touched. */
    private final double[] acc;
    private final boolean[] hit;
    private final int[] touched;

    CandidateIndex(List<FindingProfile> profiles) {
        int n = profiles.size();
        reportOf = new int[n];
        text = new Field("text", n, 1f, true);
        concept = new Field("concept", n, CONCEPT_BOOST, false);
        try (Analyzer analyzer = new BigramAnalyzer(false)) {
            for (FindingProfile p : profiles) {
                int doc = p.ordinal();
                reportOf[doc] = p.reportOrdinal();
                addText(analyzer, doc, p.normalised());
                for (String c : p.concepts()) {
                    concept.add(c, doc);
                }
                concept.endDoc(doc, p.concepts().size());
            }
        }
        text.finish();
        concept.finish();
        acc = new double[n];
        hit = new boolean[n];
        touched = new int[n];
    }

    /** Adds the analyzed text of one finding: term frequencies and the length Lucene's norm would encode. */
    private void addText(Analyzer analyzer, int doc, String normalised) {
        int length = 0;
        try (TokenStream ts = analyzer.tokenStream(text.name, normalised)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                text.add(term.toString(), doc);
                // BM25 discounts overlaps: tokens stacked on one position do not lengthen the field
                if (inc.getPositionIncrement() != 0) {
                    length++;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse finding text in memory", e);
        }
        text.endDoc(doc, length);
    }

    @Override
    public List<Integer> candidates(FindingProfile p, int k, BlockStats stats) {
        int clauses = 0;
        int count = 0;
        int own = p.reportOrdinal();
        for (String c : p.concepts()) {
            if (clauses++ >= MAX_TERMS) {
                break;
            }
            count = accumulate(concept, c, own, count);
        }
        for (String t : stats.queryBigrams(p.ordinal(), MAX_QUERY_BIGRAMS)) {
            if (clauses++ >= MAX_TERMS) {
                break;
            }
            count = accumulate(text, t, own, count);
        }
        long[] ranked = new long[count];
        for (int i = 0; i < count; i++) {
            int doc = touched[i];
            // Lucene ranks by the float score, higher first, then by document number: pack both into one sortable long
            float score = (float) acc[doc];
            ranked[i] = ((long) ~Float.floatToIntBits(score) << 32) | doc;
            acc[doc] = 0;
            hit[doc] = false;
        }
        Arrays.sort(ranked);
        List<Integer> out = new ArrayList<>(Math.min(k, count));
        for (int i = 0; i < count && i < k; i++) {
            out.add((int) ranked[i]);
        }
        return out;
    }

    /** Adds one term clause's scores to the findings it matches outside report {@code own}. */
    private int accumulate(Field f, String term, int own, int count) {
        Postings post = f.postings.get(term);
        if (post == null) {
            return count;
        }
        float[] scores = f.scores(post);
        int[] docs = post.docs;
        for (int i = 0; i < docs.length; i++) {
            int doc = docs[i];
            if (reportOf[doc] == own) {
                continue;
            }
            acc[doc] += scores[i];
            if (!hit[doc]) {
                hit[doc] = true;
                touched[count++] = doc;
            }
        }
        return count;
    }

    @Override
    public void close() {
        // nothing to free: the postings are plain arrays owned by this object
    }

    /** One term's postings: findings in ordinal order, the term's frequency in each, their BM25 scores once needed. */
    private static final class Postings {
        int[] docs = new int[2];
        int[] freqs = new int[2];
        int size;
        long totalFreq;
        float[] scores;

        void add(int doc) {
            totalFreq++;
            if (size > 0 && docs[size - 1] == doc) {
                freqs[size - 1]++;
                return;
            }
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                freqs = Arrays.copyOf(freqs, size * 2);
            }
            docs[size] = doc;
            freqs[size++] = 1;
        }

        void trim() {
            docs = Arrays.copyOf(docs, size);
            freqs = Arrays.copyOf(freqs, size);
        }
    }

    /**
     * One indexed field. {@code withNorms}: the bigram text field, with frequencies and length norms; otherwise a
     * keyword field as Lucene's {@code StringField} indexes it (documents only, no norms: frequency and norm 1, total
     * term frequency equal to the document frequency).
     */
    private static final class Field {
        private static final BM25Similarity BM25 = new BM25Similarity();

        final String name;
        final Map<String, Postings> postings = new HashMap<>();
        private final float boost;
        private final boolean withNorms;
        private final long[] norms;
        private long docCount;
        private long sumTotalTermFreq;
        private long sumDocFreq;
        private CollectionStatistics stats;

        Field(String name, int maxDoc, float boost, boolean withNorms) {
            this.name = name;
            this.boost = boost;
            this.withNorms = withNorms;
            this.norms = new long[maxDoc];
        }

        void add(String term, int doc) {
            postings.computeIfAbsent(term, t -> new Postings()).add(doc);
        }

        void endDoc(int doc, int length) {
            norms[doc] = withNorms ? SmallFloat.intToByte4(length) : 1L;
        }

        void finish() {
            boolean[] has = new boolean[norms.length];
            for (Postings p : postings.values()) {
                p.trim();
                sumDocFreq += p.size;
                sumTotalTermFreq += withNorms ? p.totalFreq : p.size;
                for (int d : p.docs) {
                    has[d] = true;
                }
            }
            for (boolean h : has) {
                docCount += h ? 1 : 0;
            }
            stats = docCount == 0 ? null
                    : new CollectionStatistics(name, norms.length, docCount, sumTotalTermFreq, sumDocFreq);
        }

        /** The BM25 score of each posting, computed by Lucene's scorer on first use and kept for the block. */
        float[] scores(Postings p) {
            if (p.scores == null) {
                long ttf = withNorms ? p.totalFreq : p.size;
                Similarity.SimScorer sim = BM25.scorer(boost, stats, new TermStatistics(new BytesRef("t"), p.size, ttf));
                float[] s = new float[p.size];
                for (int i = 0; i < p.size; i++) {
                    s[i] = withNorms ? sim.score(p.freqs[i], norms[p.docs[i]]) : sim.score(1f, 1L);
                }
                p.scores = s;
            }
            return p.scores;
        }
    }
}
