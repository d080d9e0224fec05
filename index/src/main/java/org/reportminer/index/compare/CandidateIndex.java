package org.reportminer.index.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 candidate retrieval over one organisation's findings in an in-memory Lucene index: the synonym-normalised text
 * as character bigrams ({@link BigramAnalyzer}; queries use the same Han bigrams, computed directly) plus the finding's concepts as exact terms (boosted, so reworded findings that share only a
 * concept are still retrieved). Excludes the querying finding's own report. Searching from several threads is safe. Close it to free the index.
 */
final class CandidateIndex implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String CONCEPT = "concept";
    private static final String REPORT = "report";
    private static final String ORD = "ord";
    /** Bound on query clauses, well below Lucene's default maximum of 1024. */
    private static final int MAX_TERMS = 400;
    private static final float CONCEPT_BOOST = 2f;
    private static final int MAX_QUERY_BIGRAMS = 24;

    private final Analyzer analyzer = new BigramAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    CandidateIndex(List<FindingProfile> profiles) {
        try {
            try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
                for (FindingProfile p : profiles) {
                    Document d = new Document();
                    d.add(new TextField(TEXT, p.normalised(), Field.Store.NO));
                    for (String c : p.concepts()) {
                        d.add(new StringField(CONCEPT, c, Field.Store.NO));
                    }
                    d.add(new StringField(REPORT, Integer.toString(p.reportOrdinal()), Field.Store.NO));
                    d.add(new StoredField(ORD, p.ordinal()));
                    w.addDocument(d);
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory candidate index", e);
        }
    }

    /**
     * Ordinals of the best {@code k} candidates for {@code p} from other reports, best first. Like MoreLikeThis, the
     * query keeps only the {@value #MAX_QUERY_BIGRAMS} most specific bigrams (highest IDF in the block): long problem
     * sentences would otherwise make queries of hundreds of clauses.
     */
    List<Integer> candidates(FindingProfile p, int k, BlockStats stats) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        for (String c : p.concepts()) {
            if (clauses++ >= MAX_TERMS) {
                break;
            }
            q.add(new BoostQuery(new TermQuery(new Term(CONCEPT, c)), CONCEPT_BOOST), BooleanClause.Occur.SHOULD);
        }
        List<String> bigrams = new ArrayList<>(p.bigrams());
        bigrams.sort(java.util.Comparator.comparingDouble((String g) -> -stats.bigramIdf(g)).thenComparing(g -> g));
        for (String t : bigrams.subList(0, Math.min(MAX_QUERY_BIGRAMS, bigrams.size()))) {
            if (clauses++ >= MAX_TERMS) {
                break;
            }
            q.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
        }
        if (clauses == 0) {
            return List.of();
        }
        q.add(new TermQuery(new Term(REPORT, Integer.toString(p.reportOrdinal()))), BooleanClause.Occur.MUST_NOT);
        try {
            List<Integer> out = new ArrayList<>();
            // StoredFields instances are not thread-safe: take one per search
            StoredFields stored = reader.storedFields();
            for (ScoreDoc sd : searcher.search(q.build(), k).scoreDocs) {
                out.add(stored.document(sd.doc).getField(ORD).numericValue().intValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("candidate search failed", e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the candidate index", e);
        }
    }
}
