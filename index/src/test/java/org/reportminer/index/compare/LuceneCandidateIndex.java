package org.reportminer.index.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.reportminer.index.analysis.BigramAnalyzer;

/**
 * The former candidate retrieval, kept as the oracle of {@code CandidateIndexTest}: BM25 over one organisation's findings in an in-memory Lucene index: the synonym-normalised text
 * as character bigrams ({@link BigramAnalyzer}; queries use the same Han bigrams, computed directly) plus the
 * finding's concepts as exact terms (boosted, so reworded findings that share only a concept are still retrieved).
 * Excludes the querying finding's own report.
 *
 * <p>Speed: every finding of the block queries the same small index, so each term query, with its {@link TermStates}
 * (the lookup in the terms dictionary), is built once and reused by later queries, the query cache is off (no query repeats), and hits
 * map to findings by document number (one segment, documents in ordinal order) instead of stored fields. Not
 * thread-safe: one {@link FindingLinker#link} call owns it. Close it to free the index.
 */
final class LuceneCandidateIndex implements Candidates {

    private static final String TEXT = "text";
    private static final String CONCEPT = "concept";
    private static final String REPORT = "report";
    private static final String ORD = "ord";
    /** Bound on query clauses, well below Lucene's default maximum of 1024. */
    private static final int MAX_TERMS = 400;
    private static final float CONCEPT_BOOST = 2f;
    private static final int MAX_QUERY_BIGRAMS = 24;

    private final Analyzer analyzer = new BigramAnalyzer(false);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** True when document numbers equal finding ordinals (a single segment written in order). */
    private final boolean ordByDoc;
    /** Term queries already built, by field then term text: immutable, so every query of the block reuses them. */
    private final Map<String, Query> textQueries = new HashMap<>();
    private final Map<String, Query> conceptQueries = new HashMap<>();

    LuceneCandidateIndex(List<FindingProfile> profiles) {
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
            searcher.setQueryCache(null);
            boolean inOrder = true;
            for (int i = 0; i < profiles.size() && inOrder; i++) {
                inOrder = profiles.get(i).ordinal() == i;
            }
            ordByDoc = inOrder && reader.leaves().size() == 1 && reader.maxDoc() == profiles.size() && !reader.hasDeletions();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory candidate index", e);
        }
    }

    /**
     * Ordinals of the best {@code k} candidates for {@code p} from other reports, best first. Like MoreLikeThis, the
     * query keeps only the {@value #MAX_QUERY_BIGRAMS} most specific bigrams (highest IDF in the block): long problem
     * sentences would otherwise make queries of hundreds of clauses.
     */
    @Override
    public List<Integer> candidates(FindingProfile p, int k, BlockStats stats) {
        try {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            int clauses = 0;
            for (String c : p.concepts()) {
                if (clauses++ >= MAX_TERMS) {
                    break;
                }
                q.add(conceptQuery(c), BooleanClause.Occur.SHOULD);
            }
            for (String t : stats.queryBigrams(p.ordinal(), MAX_QUERY_BIGRAMS)) {
                if (clauses++ >= MAX_TERMS) {
                    break;
                }
                q.add(textQuery(t), BooleanClause.Occur.SHOULD);
            }
            if (clauses == 0) {
                return List.of();
            }
            q.add(new TermQuery(new Term(REPORT, Integer.toString(p.reportOrdinal()))), BooleanClause.Occur.MUST_NOT);
            List<Integer> out = new ArrayList<>();
            StoredFields stored = ordByDoc ? null : reader.storedFields();
            for (ScoreDoc sd : searcher.search(q.build(), k).scoreDocs) {
                out.add(ordByDoc ? sd.doc : stored.document(sd.doc).getField(ORD).numericValue().intValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("candidate search failed", e);
        }
    }

    /** The query for one bigram; its dictionary lookup ({@link TermStates}) is done once per index. */
    private Query textQuery(String bigram) throws IOException {
        Query q = textQueries.get(bigram);
        if (q == null) {
            Term t = new Term(TEXT, bigram);
            q = new TermQuery(t, TermStates.build(searcher, t, true));
            textQueries.put(bigram, q);
        }
        return q;
    }

    /** The boosted query for one concept, built once per index. */
    private Query conceptQuery(String concept) throws IOException {
        Query q = conceptQueries.get(concept);
        if (q == null) {
            Term t = new Term(CONCEPT, concept);
            q = new BoostQuery(new TermQuery(t, TermStates.build(searcher, t, true)), CONCEPT_BOOST);
            conceptQueries.put(concept, q);
        }
        return q;
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
