package org.reportminer.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.store.FSDirectory;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.text.Han;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.SearchQuery;

/**
 * The analysis a Solr or Elasticsearch user gets out of the box, measured on the same findings and queries as our
 * index: Lucene's {@link SmartChineseAnalyzer} (HMM words) and {@link CJKAnalyzer} (bigrams). Each peer indexes one
 * document per finding and per measure (text, level, org, year) with the classic query parser (all words required,
 * a word the analyzer splits becomes a phrase, as Solr's CJK field types do) and Lucene's default hit counting
 * (exact up to 1,000).
 */
final class PeerIndexes {

    /** The peers, by the name shown in the bench. */
    static final Map<String, Supplier<Analyzer>> PEERS = Map.of(
            "smartcn", SmartChineseAnalyzer::new,
            "cjk", CJKAnalyzer::new);

    private PeerIndexes() {
    }

    /** The texts and identities a peer indexes: one per finding and per measure. */
    record Item(String id, Level level, String org, int year, String text) {
    }

    /** The items of {@code report}. */
    static List<Item> items(Report report) {
        List<Item> out = new ArrayList<>();
        for (Finding f : report.extraction().findings()) {
            out.add(new Item(report.id() + "/" + f.id(), Level.FINDING, report.org(), report.year(), f.surface()));
            for (Measure m : f.measures()) {
                out.add(new Item(report.id() + "/" + f.id() + "/" + m.ordinal(), Level.MEASURE, report.org(),
                        report.year(), m.surface()));
            }
        }
        return out;
    }

    /**
     * Indexes {@code items} with {@code analyzer} into {@code dir}, runs {@code warmup} then {@code queries}, and the
     * recall test over {@code sample}: build seconds, MB/s of text, index size, p50/p99 and recall.
     */
    static Map<String, Object> measure(String name, Analyzer analyzer, List<Item> items, List<SearchQuery> warmup,
                                       List<SearchQuery> queries, List<Item> sample, Path dir) throws IOException {
        long bytes = 0;
        long t0 = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
            for (Item it : items) {
                Document doc = new Document();
                doc.add(new StringField("id", it.id(), Field.Store.YES));
                doc.add(new StringField("level", it.level().id(), Field.Store.NO));
                doc.add(new StringField("org", it.org(), Field.Store.NO));
                doc.add(new StringField("year", Integer.toString(it.year()), Field.Store.NO));
                doc.add(new TextField("text", it.text(), Field.Store.YES));
                w.addDocument(doc);
                bytes += it.text().getBytes(StandardCharsets.UTF_8).length;
            }
            w.commit();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("analyzer", name);
        row.put("buildSeconds", BenchCommand.round(secs));
        row.put("MBps", BenchCommand.round(bytes / 1e6 / secs));
        row.put("sizeMB", BenchCommand.round(BenchCommand.treeSize(dir) / 1e6));
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryParser parser = new QueryParser("text", analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            // Solr's CJK field types generate phrases from a word the analyzer splits; the parser allows that only
            // when it splits on whitespace itself
            parser.setSplitOnWhitespace(true);
            parser.setAutoGeneratePhraseQueries(true);
            for (SearchQuery q : warmup) {
                searcher.search(query(parser, q), q.limit());
            }
            double[] ms = new double[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                SearchQuery q = queries.get(i);
                long q0 = System.nanoTime();
                searcher.search(query(parser, q), q.limit());
                ms[i] = (System.nanoTime() - q0) / 1e6;
            }
            row.put("searchP50Ms", BenchCommand.round(Stats.quantile(ms.clone(), 0.5)));
            row.put("searchP99Ms", BenchCommand.round(Stats.quantile(ms, 0.99)));
            int found = 0;
            int tried = 0;
            for (Item it : sample) {
                for (String run : runs(it.text())) {
                    tried++;
                    Query q = new BooleanQuery.Builder()
                            .add(parser.parse(QueryParser.escape(run)), BooleanClause.Occur.MUST)
                            .add(new TermQuery(new Term("id", it.id())), BooleanClause.Occur.FILTER).build();
                    if (searcher.count(q) > 0) {
                        found++;
                    }
                }
            }
            row.put("recall", tried == 0 ? 1.0 : Math.round(found * 1000.0 / tried) / 1000.0);
        } catch (ParseException e) {
            throw new IllegalStateException("a generated query was rejected by the " + name + " peer: "
                    + e.getMessage(), e);
        }
        BenchCommand.deleteTree(dir);
        return row;
    }

    /** Every run of 2 or 3 Han characters of {@code text}: the recall test's queries. */
    static List<String> runs(String text) {
        List<String> out = new ArrayList<>();
        for (int len = 2; len <= 3; len++) {
            for (int i = 0; i + len <= text.length(); i++) {
                String run = text.substring(i, i + len);
                if (Han.isAllHan(run)) {
                    out.add(run);
                }
            }
        }
        return out;
    }

    private static Query query(QueryParser parser, SearchQuery q) throws ParseException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(parser.parse(q.text()), BooleanClause.Occur.MUST);
        if (q.level() != null) {
            b.add(new TermQuery(new Term("level", q.level().id())), BooleanClause.Occur.FILTER);
        }
        if (q.org() != null) {
            b.add(new TermQuery(new Term("org", q.org())), BooleanClause.Occur.FILTER);
        }
        if (q.yearFrom() != null || q.yearTo() != null) {
            b.add(TermRangeQuery.newStringRange("year", q.yearFrom() == null ? null : q.yearFrom().toString(),
                    q.yearTo() == null ? null : q.yearTo().toString(), true, true), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
