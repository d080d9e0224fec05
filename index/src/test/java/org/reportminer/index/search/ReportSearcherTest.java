package org.reportminer.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.analysis.MaxMatchSegmenter;
import org.reportminer.index.schema.Level;
import org.reportminer.index.write.ReportIndexer;

class ReportSearcherTest {

    private static final String A = TestReports.minzheng2021().id();
    private static final String B = TestReports.jiaotong2023().id();
    private static final String C = TestReports.minzheng2022().id();

    @TempDir
    Path tmp;
    private final MaxMatchSegmenter segmenter = MaxMatchSegmenter.reportWords();
    private ReportSearcher searcher;

    @BeforeEach
    void indexFixtures() throws IOException {
        try (ReportIndexer indexer = ReportIndexer.open(tmp.resolve("index"), segmenter)) {
            indexer.indexBatch(TestReports.all());
        }
        searcher = ReportSearcher.open(tmp.resolve("index"), segmenter);
    }

    @AfterEach
    void close() throws IOException {
        searcher.close();
    }

    private SearchResult findings(String text) throws Exception {
        return searcher.search(SearchQuery.of(text).withLevel(Level.FINDING).withLimit(50));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.reportId() + "/" + h.findingId()).toList();
    }

    @Test
    void queryRanksTheMatchingFindingFirst() throws Exception {
        SearchResult r = findings("一岗双责");
        assertEquals(List.of(A + "/F1"), ids(r));
        Hit hit = r.hits().get(0);
        assertEquals(Level.FINDING, hit.level());
        assertEquals(2021, hit.year());
        assertEquals(TestReports.MINZHENG, hit.org());
        assertEquals(TestReports.RECTIFICATION, hit.kind());
        assertEquals("一岗双责落实不到位，班子成员对分管领域党风廉政建设过问较少。", hit.text());
        assertEquals(List.of("一、整改落实情况", "（一）党的建设方面"), hit.path());
        assertEquals("中共青山县民政局党组关于巡察整改进展情况的报告", hit.title());
        assertTrue(hit.score() > 0);
    }

    @Test
    void twoWordQueryPutsTheFindingWithBothWordsFirst() throws Exception {
        SearchResult r = searcher.search(SearchQuery.of("三会一课 OR 不规范").withLevel(Level.FINDING));
        assertEquals(B + "/F2", ids(r).get(0), "三会一课开展不规范 has both words");
        assertEquals(Set.of(A + "/F2", B + "/F2"), Set.copyOf(ids(r)));
    }

    @Test
    void sameTermFindsFindingsInBothReports() throws Exception {
        assertEquals(Set.of(A + "/F2", B + "/F2"), Set.copyOf(ids(findings("三会一课"))));
    }

    @Test
    void bigramFieldFindsRunsTheSegmenterSplitAcross() throws Exception {
        // 党建带侨建 segments as 党建/带/侨建: 带侨 and 建带侨 are no words, yet they are text of the finding.
        assertEquals(List.of(B + "/F1"), ids(findings("党建")));
        assertEquals(List.of(B + "/F1"), ids(findings("带侨")));
        assertEquals(List.of(B + "/F1"), ids(findings("建带侨")));
    }

    /** The recall guarantee, exhaustively: every 2- and 3-character Han run of every finding finds that finding. */
    @Test
    void everyRunOfTwoOrThreeHanCharactersFindsItsFinding() throws Exception {
        int queries = 0;
        for (Report report : TestReports.all()) {
            for (Finding f : report.extraction().findings()) {
                String s = f.surface();
                for (int len = 2; len <= 3; len++) {
                    for (int i = 0; i + len <= s.length(); i++) {
                        String run = s.substring(i, i + len);
                        if (!run.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                            continue;
                        }
                        queries++;
                        List<String> hits = ids(findings(run));
                        assertTrue(hits.contains(report.id() + "/" + f.id()), run + " misses " + f.id() + ": " + hits);
                    }
                }
            }
        }
        assertTrue(queries > 300, "ran " + queries);
    }

    @Test
    void quotedPhraseMatchesExactTextOnly() throws Exception {
        // Unquoted, the words 不到位 and 落实 are enough, in any order and apart (C/F2: 整改落实慢…整改不到位).
        assertEquals(Set.of(A + "/F1", C + "/F1", C + "/F2"), Set.copyOf(ids(findings("不到位落实"))));
        assertEquals(List.of(), ids(findings("\"不到位落实\"")));
        assertEquals(Set.of(A + "/F1", C + "/F1"), Set.copyOf(ids(findings("\"落实不到位\""))));
        assertEquals(List.of(B + "/F3"), ids(findings("\"隐患12项\"")));
        assertEquals(List.of(), ids(findings("\"隐患13项\"")));
    }

    @Test
    void synonymOneBossFindsPrincipalOfficer() throws Exception {
        SearchResult r = findings("一把手");
        assertEquals(List.of(A + "/F3"), ids(r));
        assertEquals("【主要负责人】对财务报销审批把关不严，存在超标准公务接待问题。", r.hits().get(0).highlighted());
        assertEquals(List.of(C + "/F2"), ids(findings("巡察")), "巡察,巡视 synonyms reach 巡视反馈");
    }

    @Test
    void yearRangeFilterKeepsOnlyThoseYears() throws Exception {
        SearchResult r = searcher.search(SearchQuery.of("三会一课").withLevel(Level.FINDING).withYears(2022, 2023));
        assertEquals(List.of(B + "/F2"), ids(r));
        assertEquals(List.of(B + "/F2"), ids(findings("三会一课 AND year:[2022 TO 2023]")));
        assertEquals(List.of(A + "/F2"), ids(findings("三会一课 year:2021")));
        SearchResult all2022 = searcher.search(new SearchQuery("", null, null, 2022, 2022, null, null, 100));
        assertEquals(4, all2022.total(), "report, section and two findings of the 2022 report");
    }

    @Test
    void levelFilterSelectsCountsAndMeasures() throws Exception {
        SearchResult counts = searcher.search(SearchQuery.of("风险").withLevel(Level.COUNT));
        assertEquals(1, counts.total());
        Hit risk = counts.hits().get(0);
        assertEquals(Level.COUNT, risk.level());
        // a count document covers its whole clause, from the previous comma through its 其中 parts
        assertEquals("排查风险隐患12项，其中高风险5项", risk.text());
        assertEquals("F3", risk.findingId());
        assertEquals("排查【风险】隐患12项，其中高【风险】5项", risk.highlighted());

        SearchResult measures = searcher.search(SearchQuery.of("台账").withLevel(Level.MEASURE));
        assertEquals(Set.of("建立班子成员履职台账，正在推进。", "规范三会一课台账，已完成。", "建立风险台账，已完成。"),
                measures.hits().stream().map(Hit::text).collect(Collectors.toSet()));
        SearchResult done = searcher.search(SearchQuery.of("台账").withLevel(Level.MEASURE).withStatus("done"));
        assertEquals(2, done.total());
        assertEquals(2, searcher.search(SearchQuery.of("台账 level:measure status:DONE")).total());
    }

    @Test
    void facetsCountAllMatchesByYearOrgKindAndStatus() throws Exception {
        SearchResult r = searcher.search(SearchQuery.of("三会一课").withLimit(2));
        // 2021: report, section （一）, finding F2, measure ①; 2023: report, section （一）, finding F2.
        assertEquals(7, r.total());
        assertEquals(2, r.hits().size());
        assertEquals(Map.of("2021", 4, "2023", 3), r.facets().year());
        assertEquals(List.of("2021", "2023"), List.copyOf(r.facets().year().keySet()), "highest count first");
        assertEquals(Map.of(TestReports.MINZHENG, 4, TestReports.JIAOTONG, 3), r.facets().org());
        assertEquals(Map.of(TestReports.RECTIFICATION, 7), r.facets().kind());
        assertEquals(Map.of("DONE", 2, "PLANNED", 1), r.facets().status());
    }

    @Test
    void highlightingMarksExactlyTheMatchedCharacters() throws Exception {
        Hit hit = findings("一岗双责").hits().get(0);
        assertEquals("【一岗双责】落实不到位，班子成员对分管领域党风廉政建设过问较少。", hit.highlighted());
        Hit bigram = findings("带侨").hits().get(0);
        assertEquals("党建【带侨】建工作开展不够深入，基层党组织作用发挥不充分。", bigram.highlighted());
        SearchResult ansi = searcher.search(SearchQuery.of("\"集中学习仅3次\"").withLevel(Level.FINDING),
                new HighlightTags("\u001b[31m", "\u001b[0m"));
        assertEquals("三会一课制度执行不严格，个别支部全年\u001b[31m集中学习仅3次\u001b[0m。", ansi.hits().get(0).highlighted());
    }

    @Test
    void reportHitShowsTitleAndASnippet() throws Exception {
        SearchResult r = searcher.search(SearchQuery.of("超标准").withLevel(Level.REPORT));
        assertEquals(1, r.total());
        Hit hit = r.hits().get(0);
        assertEquals("中共青山县民政局党组关于巡察整改进展情况的报告", hit.text());
        assertTrue(hit.highlighted().contains("【超标准】"), hit.highlighted());
        assertEquals(List.of(), hit.path());
    }

    @Test
    void badQueriesGiveOneLineMessages() {
        assertEquals("bad query '三会一课 AND': the query ends after 'AND'; something must follow",
                assertThrows(QueryException.class, () -> findings("三会一课 AND")).getMessage());
        assertEquals("bad query 'foo:巡察': unknown field 'foo'; use one of: level, reportId, org, year, kind, area, "
                        + "group, status, unit, findingId, text, title",
                assertThrows(QueryException.class, () -> findings("foo:巡察")).getMessage());
        assertEquals("bad query '\"巡察': unterminated \"quote\" or a stray \\ at the end",
                assertThrows(QueryException.class, () -> findings("\"巡察")).getMessage());
        assertEquals("bad query 'year:二〇二一': year needs a whole number, not '二〇二一'",
                assertThrows(QueryException.class, () -> findings("year:二〇二一")).getMessage());
        QueryException paren = assertThrows(QueryException.class, () -> findings("巡察 )"));
        assertEquals("bad query '巡察 )': unexpected ')' at character 4", paren.getMessage());
    }

    @Test
    void notExcludesAndOrWidens() throws Exception {
        assertEquals(List.of(A + "/F2"), ids(findings("三会一课 NOT 规范")));
        assertEquals(Set.of(A + "/F1", B + "/F1"), Set.copyOf(ids(findings("一岗双责 OR 侨建"))));
        assertEquals(List.of(B + "/F2"), ids(findings("三会一课 org:青山县交通运输局")));
    }

    @Test
    void blankQueryListsEverythingTheFiltersAllow() throws Exception {
        SearchResult r = searcher.search(SearchQuery.of("").withLevel(Level.FINDING).withOrg(TestReports.MINZHENG));
        assertEquals(5, r.total());
        assertEquals(r.hits().get(0).text(), r.hits().get(0).highlighted());
    }

    @Test
    void statsCountEachLevelByYearOrgAndKind() throws Exception {
        IndexStats stats = searcher.stats();
        assertEquals(3, stats.reports().total());
        assertEquals(7, stats.sections().total());
        assertEquals(8, stats.findings().total());
        assertEquals(7, stats.measures().total());
        assertEquals(2, stats.counts().total());
        assertEquals(Map.of("2021", 3, "2022", 2, "2023", 3), stats.findings().byYear());
        assertEquals(Map.of(TestReports.MINZHENG, 5, TestReports.JIAOTONG, 3), stats.findings().byOrg());
        assertEquals(Map.of(TestReports.RECTIFICATION, 2, TestReports.CONDUCT, 1), stats.reports().byKind());
    }

    @Test
    void reindexingAReportReplacesItsDocuments() throws Exception {
        Report a = TestReports.minzheng2021();
        String newText = a.text().replace("超标准公务接待", "违规发放津贴补贴");
        List<Finding> changed = new ArrayList<>();
        for (Finding f : a.extraction().findings()) {
            changed.add(f.id().equals("F3")
                    ? new Finding("F3", f.area(), null, null, "主要负责人对财务报销审批把关不严，存在违规发放津贴补贴问题。",
                            f.start(), f.end(), f.measures(), f.counts())
                    : f);
        }
        Report edited = TestReports.report(a.id(), a.title(), a.org(), a.year(), a.kind(), newText,
                a.extraction().sections(), changed, a.extraction().counts());
        try (ReportIndexer indexer = ReportIndexer.open(tmp.resolve("index"), segmenter)) {
            indexer.indexBatch(List.of(edited));
            indexer.indexBatch(List.of(edited));
        }
        searcher.refresh();
        assertEquals(8, searcher.stats().findings().total(), "no duplicates after indexing twice");
        assertEquals(3, searcher.stats().reports().total());
        assertEquals(0, findings("超标准").total());
        assertEquals(List.of(A + "/F3"), ids(findings("津贴补贴")));
    }

    @Test
    void deletingAReportRemovesAllItsDocuments() throws Exception {
        try (ReportIndexer indexer = ReportIndexer.open(tmp.resolve("index"), segmenter)) {
            indexer.deleteReport(B);
            indexer.commit();
        }
        searcher.refresh();
        IndexStats stats = searcher.stats();
        assertEquals(2, stats.reports().total());
        assertEquals(5, stats.findings().total());
        assertFalse(stats.findings().byOrg().containsKey(TestReports.JIAOTONG));
    }

    @Test
    void openingAMissingIndexSaysSo() {
        Path missing = tmp.resolve("nothing");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ReportSearcher.open(missing, segmenter));
        assertEquals(missing + ": no index here; ingest or reindex first", e.getMessage());
    }
}
