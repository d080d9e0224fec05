package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.text.CompareText;

class ReportComparerTest {

    private static List<Report> reports;
    private static Map<String, Report> byId;
    private static ComparisonResult result;

    @BeforeAll
    static void compareOwnSet() {
        reports = OwnReports.load();
        byId = reports.stream().collect(Collectors.toMap(Report::id, Function.identity()));
        result = ReportComparer.standard().compare(List.of(reports.get(2), reports.get(0), reports.get(1)));
    }

    @Test
    void reportsAreOrderedByYearAndGroupedUnderTheOrganisationKey() {
        assertEquals("科协", result.org());
        assertEquals(List.of("kx2021", "kx2022", "kx2023"), result.reports().stream().map(ComparisonResult.ReportYear::reportId).toList());
        assertEquals(List.of(10, 10, 11), result.reports().stream().map(ComparisonResult.ReportYear::findings).toList());
    }

    @Test
    void strongestChainsSpanAllThreeYearsWithEachYearsWording() {
        Chain top = result.chains().get(0);
        assertEquals(List.of(2021, 2022, 2023), top.years());
        long threeYear = result.chains().stream().filter(c -> c.years().size() == 3).count();
        assertEquals(4, threeYear, result.chains().toString());
        Chain duty = result.chains().stream().filter(c -> c.findings().stream().anyMatch(f -> f.key().equals("kx2021/F2")))
                .findFirst().orElseThrow();
        assertEquals(List.of("kx2021/F2", "kx2022/F1", "kx2023/F1"), duty.findings().stream().map(FindingRef::key).toList());
        assertEquals("主体责任/一岗双责", duty.category());
        assertTrue(duty.evidence().contains("一岗双责"), duty.evidence().toString());
    }

    @Test
    void matrixCountsEveryFindingOncePerYear() {
        CategoryMatrix m = result.matrix();
        assertEquals(List.of(2021, 2022, 2023), m.years());
        assertEquals(List.of(10, 10, 11), m.counts().stream().map(r -> r.stream().mapToInt(Integer::intValue).sum()).toList());
        assertEquals(1, m.count(2021, "主体责任/一岗双责"));
        assertEquals(1, m.count(2023, "作风/形式主义官僚主义"));
        System.out.println("matrix " + m.categories());
        for (int y = 0; y < m.years().size(); y++) {
            System.out.println("  " + m.years().get(y) + " " + m.counts().get(y));
        }
    }

    @Test
    void diffOfTwoYearsListsNewRecurringAndNoLongerMentioned() {
        ReportDiff d = result.diffs().get(0);
        assertEquals("kx2022", d.reportId());
        assertEquals("kx2021", d.earlierReportId());
        assertEquals(List.of("F7", "F8", "F9"), d.newFindings().stream().map(FindingRef::findingId).toList());
        assertEquals(List.of("F7", "F9", "F10"), d.noLongerMentioned().stream().map(FindingRef::findingId).toList());
        assertEquals(7, d.recurring().size());
        ReportDiff direct = ReportComparer.standard().diff(byId.get("kx2021"), byId.get("kx2022"));
        assertEquals(d.newFindings(), direct.newFindings());
        assertEquals(d.noLongerMentioned(), direct.noLongerMentioned());
    }

    @Test
    void copiedParagraphsAreFoundWithOffsetsIntoBothReports() {
        Reuse r22 = result.reuse().get(0);
        assertEquals("kx2022", r22.reportId());
        assertEquals("kx2021", r22.earlierReportId());
        String later = byId.get("kx2022").text();
        String earlier = byId.get("kx2021").text();
        for (ReusedPassage p : r22.passages()) {
            assertEquals(p.text(), later.substring(p.start(), p.end()));
            assertEquals(CompareText.squeeze(p.text()),
                    CompareText.squeeze(earlier.substring(p.earlierStart(), p.earlierEnd())));
        }
        // the overview's first three sentences are copied with 12次 changed to 9次: one passage
        ReusedPassage overview = r22.passages().stream().filter(p -> p.text().startsWith("市科协党组坚持把巡察整改")).findFirst().orElseThrow();
        assertTrue(overview.text().endsWith("层层抓落实的工作格局。"), overview.text());
        assertTrue(earlier.substring(overview.earlierStart(), overview.earlierEnd()).contains("召开专题会议12次"));
        Reuse r23 = result.reuse().get(1);
        ReusedPassage plans = r23.passages().get(0);
        assertEquals(byId.get("kx2022").text().substring(plans.earlierStart(), plans.earlierEnd()), plans.text());
        assertTrue(plans.text().startsWith("我们将持续巩固整改成果"));
        System.out.printf(java.util.Locale.ROOT, "own set reuse: 2022<-2021 %.3f, 2023<-2022 %.3f%n", r22.share(), r23.share());
        assertTrue(r22.share() > 0.25 && r22.share() < 0.6, "share " + r22.share());
        assertTrue(r23.share() > 0.15 && r23.share() < r22.share(), "share " + r23.share());
    }

    @Test
    void compareByOrgGroupsReportsWhoseOrganisationIsWrittenDifferently() {
        Report a = OwnReports.report("a", 2021, "**市科学技术协会", "一、存在问题\n工作存在不足，形式主义问题仍然突出。", List.of());
        Report b = OwnReports.report("b", 2022, "市科协", "一、存在问题\n工作存在不足，形式主义问题依然突出。", List.of());
        Report c = OwnReports.report("c", 2022, "XX侨联", "一、存在问题\n工作存在不足，联系服务侨界群众能力欠缺。", List.of());
        Map<String, ComparisonResult> groups = ReportComparer.standard().compareByOrg(List.of(a, b, c));
        assertEquals(List.of("科协", "侨联"), List.copyOf(groups.keySet()));
        assertEquals(1, groups.get("科协").links().size());
        assertEquals(0, groups.get("侨联").links().size());
    }

    @Test
    void aReportWithoutYearIsRejectedNamingIt() {
        Report r = OwnReports.load().get(0);
        Report noYear = new Report("x1", "x", "text/plain", null, 1, "0", "t", "科协", null, null, false, "问题", null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportComparer.standard().compare(List.of(r, noYear)));
        assertEquals("report x1 has no year; set it at ingest to compare across years", e.getMessage());
    }
}
