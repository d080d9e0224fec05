package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Report;

class ReportMetadataTest {

    private static Report report(String source, String title, String org, Integer year, String kind, Extraction ex) {
        return new Report("0123456789abcdef", source, "text/plain", "UTF-8", 3, "0".repeat(64), title, org, year, kind,
                false, "正文。", null, ex);
    }

    private static Extraction extracted(String title, String org, Integer year, String kind) {
        return new Extraction(title, org, year, null, kind, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theReportsOwnValuesWinOverExtractedOnes() {
        ReportMetadata m = ReportMetadata.of(report("a.txt", "给定标题", "给定单位", 2022, "给定类别",
                extracted("抽取标题", "抽取单位", 2020, "抽取类别")));
        assertEquals(new ReportMetadata("给定标题", "给定单位", 2022, "给定类别"), m);
    }

    @Test
    void extractedValuesFillWhatTheReportLacksAndABlankValueCountsAsAbsent() {
        ReportMetadata m = ReportMetadata.of(report("a.txt", null, " ", null, null,
                extracted("抽取标题", "抽取单位", 2020, "抽取类别")));
        assertEquals(new ReportMetadata("抽取标题", "抽取单位", 2020, "抽取类别"), m);
    }

    @Test
    void aReportWithNoTitleAnywhereIsTitledByItsFileNameWithoutExtensions() {
        ReportMetadata m = ReportMetadata.of(report("/in/2021-巡察整改.gbk.txt", null, null, null, null, null));
        assertEquals("2021-巡察整改", m.title());
        assertNull(m.org());
        assertNull(m.year());
    }

    @Test
    void extractedValuesAreCutToOneLineWithinTheLimits() {
        String longOrg = "单".repeat(500);
        ReportMetadata m = ReportMetadata.of(report("a.txt", null, null, null, null,
                extracted("第一行\n第二行", longOrg, null, null)));
        assertEquals("第一行 第二行", m.title());
        assertEquals(100, m.org().length());
    }
}
