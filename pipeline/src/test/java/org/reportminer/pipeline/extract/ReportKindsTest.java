package org.reportminer.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportKindsTest {

    private final ReportKinds kinds = ReportKinds.builtIn();

    private String kindOf(String title) {
        return kinds.find(title).map(ReportKinds.Match::name).orElse(null);
    }

    @Test
    void titlesOfOneGenreComeOutAsOneCanonicalKind() {
        assertEquals("巡察整改进展情况", kindOf("中共某县水利局党组关于巡察整改“回头看”反馈意见整改进展情况的通报"));
        // the kind follows the title's words: 整改落实情况 reports the state reached, not progress so far
        assertEquals("巡察整改情况", kindOf("关于县委第三巡察组反馈意见整改落实情况的报告"));
        assertEquals("督察整改", kindOf("某省发展改革委关于中央生态环境保护督察反馈意见整改情况的报告"));
        assertEquals("审计工作报告", kindOf("某省人民政府关于2023年度省级预算执行和其他财政收支的审计工作报告"));
        assertEquals("巡视整改进展情况", kindOf("某省统计局党组关于巡视整改进展情况的通报"));
        assertEquals("党风廉政建设责任制报告", kindOf("某县林业局2021年党风廉政建设责任制落实情况报告"));
        assertEquals("审计整改情况报告", kindOf("某局关于2021年度经济责任审计发现问题整改情况的报告"));
        assertEquals("全面从严治党主体责任情况报告", kindOf("某区税务局党委2022年落实全面从严治党主体责任情况报告"));
        assertEquals("工作总结", kindOf("某乡人民政府2022年工作总结"));
        assertEquals(null, kindOf("某县文化馆开放时间调整公告"));
    }

    @Test
    void theKindNamedEarliestWins() {
        assertEquals("党风廉政建设责任制报告", kindOf("党风廉政建设责任制落实情况报告（含巡察整改情况）"));
    }

    @Test
    void everyShippedKindHasPhrasesAndBadLinesAreRejectedWithTheirLineNumber() {
        assertTrue(kinds.kinds().size() >= 7);
        kinds.kinds().forEach(k -> assertTrue(!k.phrases().isEmpty(), k.name()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportKinds.parse(List.of("# comment", "工作总结")));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    }
}
