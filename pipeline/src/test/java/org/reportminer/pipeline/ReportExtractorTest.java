package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;

class ReportExtractorTest {

    private static final String TEXT = "青禾市科协关于巡察整改进展情况的报告\n一、存在的问题\n"
            + "1.理论学习不深入，中心组学习流于形式。\n整改措施：①建立学习制度，已完成。\n"
            + "2.专项资金使用不规范，部分票据不合规。\n整改措施：①规范报销流程，已完成。\n";

    @Test
    void theStandardExtractionComesOutWithEveryFindingCategorised() {
        ReportExtractor x = ReportExtractor.standard();
        Extraction e = x.extract(TEXT);
        Invariants.assertOffsets(TEXT, e);
        assertEquals(List.of("理论学习", "财务/经费"), e.findings().stream().map(Finding::category).toList());
        assertEquals(List.of("sections", "counts", "stated-totals", "findings", "categories", "metadata", "checks"),
                x.pipeline().stages().stream().map(Stage::name).toList());
        assertEquals(1, x.pipeline().timings().get(0).calls());
    }
}
