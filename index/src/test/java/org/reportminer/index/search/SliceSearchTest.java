package org.reportminer.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.schema.Level;
import org.reportminer.index.write.ReportIndexer;
import org.reportminer.index.analysis.MaxMatchSegmenter;

/**
 * Issue 15: a query searched over slices of the segments at the same time finds what one pass finds (hits, scores,
 * highlights, totals and facets); counting takes few bulk-scorer calls; facet values are resolved once per segment.
 */
class SliceSearchTest {

    private static final MaxMatchSegmenter SEGMENTER = MaxMatchSegmenter.reportWords();
    private static final List<String> QUERIES = List.of("落实", "三会一课", "意识形态 OR 财务管理", "整改 NOT 作风建设",
            "\"进度滞后\"", "第7号问题", "财务 管理", "", "year:[2016 TO 2017] 选人用人");

    @TempDir
    static Path tmp;
    private static ReportSearcher onePass;
    private static ReportSearcher sliced;
    private static ReportSearcher slicedSampling;
    private static ReportSearcher onePassSampling;

    @BeforeAll
    static void index() throws IOException {
        Path dir = tmp.resolve("index");
        // four batches, four commits: four segments to slice
        try (ReportIndexer indexer = ReportIndexer.open(dir, SEGMENTER)) {
            for (int batch = 0; batch < 4; batch++) {
                List<Report> reports = new ArrayList<>();
                for (int r = batch * 5; r < batch * 5 + 5; r++) {
                    reports.add(CountEstimateTest.report(r));
                }
                indexer.indexBatch(reports);
            }
        }
        onePass = ReportSearcher.open(dir, SEGMENTER, null, ReportSearcher.DEFAULT_COUNT_LIMIT, new SegmentSlices(1, 0));
        sliced = ReportSearcher.open(dir, SEGMENTER, null, ReportSearcher.DEFAULT_COUNT_LIMIT, new SegmentSlices(3, 0));
        onePassSampling = ReportSearcher.open(dir, SEGMENTER, null, 40, new SegmentSlices(1, 0));
        slicedSampling = ReportSearcher.open(dir, SEGMENTER, null, 40, new SegmentSlices(3, 0));
    }

    @AfterAll
    static void close() throws IOException {
        for (ReportSearcher s : List.of(onePass, sliced, onePassSampling, slicedSampling)) {
            s.close();
        }
    }

    @Test
    void theIndexHasSeveralSegmentsSoSlicesRunAtTheSameTime() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(tmp.resolve("index")))) {
            assertTrue(reader.leaves().size() >= 3, "segments: " + reader.leaves().size());
            assertEquals(3, SegmentSlices.slice(reader.leaves(), 3, 0).size());
            assertEquals(1, SegmentSlices.slice(reader.leaves(), 3, reader.maxDoc() + 1).size(),
                    "a small index is one slice");
        }
    }

    @Test
    void slicesFindWhatOnePassFinds() throws Exception {
        for (String q : QUERIES) {
            for (Level level : new Level[] {null, Level.FINDING}) {
                SearchQuery query = SearchQuery.of(q).withLevel(level).withLimit(25);
                SearchResult one = onePass.search(query);
                SearchResult many = sliced.search(query);
                assertEquals(shown(one), shown(many), q);
                assertEquals(one.total(), many.total(), q);
                assertTrue(many.totalExact(), q);
                assertEquals(one.facets(), many.facets(), q);
            }
        }
    }

    @Test
    void estimatedSlicesKeepTheExactHitsAndMarkTheTotal() throws Exception {
        for (String q : QUERIES) {
            SearchQuery query = SearchQuery.of(q).withLimit(30);
            SearchResult exact = onePass.search(query.withExact(true));
            for (ReportSearcher s : List.of(onePassSampling, slicedSampling)) {
                SearchResult r = s.search(query);
                assertEquals(shown(exact), shown(r), q);
                if (!r.totalExact()) {
                    assertTrue(Math.abs(r.total() - exact.total()) < exact.total() * 0.35,
                            q + ": estimate " + r.total() + " near " + exact.total());
                } else {
                    assertEquals(exact.total(), r.total(), q);
                }
            }
        }
        SearchResult broad = slicedSampling.search(SearchQuery.of("落实"));
        assertFalse(broad.totalExact(), "2,000 matches over a limit of 40 are estimated");
    }

    @Test
    void anExactRangeHoldsAboutHalfTheMatchesStillAllowed() {
        // before any match is seen, the scorer's cost per document sets the range
        assertEquals(10_000, SliceSearch.exactRangeEnd(0, 1_000_000, 1_000, 0, 0, 0.05, 256));
        // a query as dense as its cost over the whole segment: one call for the segment
        assertEquals(5_000, SliceSearch.exactRangeEnd(0, 5_000, 10_000, 0, 0, 0.01, 256));
        // after a few windows, the density seen: 100 matches in 2,000 documents, 900 allowed -> 9,000 documents
        assertEquals(11_000, SliceSearch.exactRangeEnd(2_000, 1_000_000, 900, 100, 2_000, 0.5, 256));
        // never less than a window, never past the segment
        assertEquals(2_256, SliceSearch.exactRangeEnd(2_000, 1_000_000, 1, 1_000, 2_000, 0.5, 256));
        assertEquals(2_100, SliceSearch.exactRangeEnd(2_000, 2_100, 1, 1_000, 2_000, 0.5, 256));
    }

    @Test
    void facetValuesAreResolvedOncePerSegmentAndDroppedWithIt() throws IOException {
        OrdinalNames names = new OrdinalNames();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (String org : List.of("乙单位", "甲单位", "乙单位")) {
                    Document d = new Document();
                    d.add(new SortedSetDocValuesField("org", new BytesRef(org)));
                    w.addDocument(d);
                }
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            String[] first = names.of(reader.leaves().get(0).reader(), "org");
            assertEquals(List.of("乙单位", "甲单位"), List.of(first));
            assertTrue(first == names.of(reader.leaves().get(0).reader(), "org"), "the same array: resolved once");
            assertEquals(1, names.segments());
            reader.close();
            assertEquals(0, names.segments(), "a closed segment's names are dropped");
        }
    }

    private static List<String> shown(SearchResult r) {
        return r.hits().stream().map(h -> h.reportId() + "/" + h.findingId() + "/" + h.level() + "/" + h.score()
                + "/" + h.highlighted()).toList();
    }
}
