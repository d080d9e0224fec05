package org.reportminer.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.analysis.MaxMatchSegmenter;
import org.reportminer.index.schema.Level;
import org.reportminer.index.write.ReportIndexer;

/**
 * Issue 15: a broad query is counted exactly up to a limit and estimated beyond it, marked as such; {@code exact}
 * counts every match; the hits are the same either way.
 */
class CountEstimateTest {

    private static final int REPORTS = 20;
    private static final int FINDINGS = 100;
    private static final String[] SUBJECTS = {"意识形态", "三会一课", "财务管理", "选人用人", "作风建设"};

    @TempDir
    static Path tmp;
    private static final MaxMatchSegmenter SEGMENTER = MaxMatchSegmenter.reportWords();
    private static ReportSearcher sampling;
    private static ReportSearcher counting;

    @BeforeAll
    static void index() throws IOException {
        List<Report> reports = new ArrayList<>();
        for (int r = 0; r < REPORTS; r++) {
            reports.add(report(r));
        }
        try (ReportIndexer indexer = ReportIndexer.open(tmp.resolve("index"), SEGMENTER)) {
            indexer.indexBatch(reports);
        }
        sampling = ReportSearcher.open(tmp.resolve("index"), SEGMENTER, null, 50);
        counting = ReportSearcher.open(tmp.resolve("index"), SEGMENTER);
    }

    @AfterAll
    static void close() throws IOException {
        sampling.close();
        counting.close();
    }

    static Report report(int r) {
        StringBuilder sb = new StringBuilder("第" + r + "号单位巡察整改报告\n");
        List<String> surfaces = new ArrayList<>();
        for (int i = 0; i < FINDINGS; i++) {
            String s = String.format(Locale.ROOT, "第%d号问题：%s工作落实不到位，整改进度滞后。", i + 1,
                    SUBJECTS[(r + i) % SUBJECTS.length]);
            surfaces.add(s);
            sb.append(s).append('\n');
        }
        String text = sb.toString();
        TestReports.Text t = new TestReports.Text(text);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < FINDINGS; i++) {
            findings.add(t.finding("F" + (i + 1), null, surfaces.get(i), List.of(), List.of()));
        }
        return TestReports.report(String.format(Locale.ROOT, "c0ffee%010d", r), "第" + r + "号单位巡察整改报告",
                "第" + (r % 4) + "号单位", 2015 + r % 5, TestReports.RECTIFICATION, text, List.of(), findings,
                List.of());
    }

    private static SearchQuery broad() {
        return SearchQuery.of("落实").withLevel(Level.FINDING).withLimit(20);
    }

    @Test
    void overTheLimitTheTotalIsAnEstimateAndSaysSo() throws Exception {
        SearchResult r = sampling.search(broad());
        assertFalse(r.totalExact(), "2,000 matches over a limit of 50 are estimated");
        int truth = REPORTS * FINDINGS;
        assertTrue(Math.abs(r.total() - truth) < truth * 0.25, "estimate " + r.total() + " near " + truth);
        long yearSum = r.facets().year().values().stream().mapToLong(Integer::longValue).sum();
        assertEquals(r.total(), yearSum, "the facets are scaled like the total");
    }

    @Test
    void exactCountsEveryMatchWhateverTheLimit() throws Exception {
        SearchResult r = sampling.search(broad().withExact(true));
        assertTrue(r.totalExact());
        assertEquals(REPORTS * FINDINGS, r.total());
        assertEquals(REPORTS * FINDINGS / 5, r.facets().year().get("2015"));
        assertEquals(REPORTS * FINDINGS / 4, r.facets().org().get("第0号单位"));
    }

    @Test
    void underTheLimitCountsAreExactWithoutAsking() throws Exception {
        SearchResult r = counting.search(broad());
        assertTrue(r.totalExact());
        assertEquals(counting.search(broad().withExact(true)).total(), r.total());
        assertEquals(counting.search(broad().withExact(true)).facets(), r.facets());
        SearchResult narrow = sampling.search(SearchQuery.of("\"第7号问题\"").withLevel(Level.FINDING));
        assertTrue(narrow.totalExact(), "20 matches are under the limit of 50");
        assertEquals(REPORTS, narrow.total());
    }

    @Test
    void hitsAreTheSameEstimatedOrExact() throws Exception {
        for (String q : List.of("落实", "三会一课", "意识形态 OR 财务管理", "整改 NOT 作风建设", "")) {
            SearchQuery query = SearchQuery.of(q).withLimit(30);
            assertEquals(ids(sampling.search(query.withExact(true))), ids(sampling.search(query)), q);
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.reportId() + "/" + h.findingId() + "/" + h.level() + "/" + h.score())
                .toList();
    }
}
