package org.reportminer.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.testing.SharedData;
import org.reportminer.pipeline.ReportExtractor;

/**
 * Issue 11: what the eval gold has no field for, held on our own shape reports ({@code examples/shapes/labelled},
 * {@code examples/shapes/table}): each finding's timeframe, responsible, status and cue, as a reader takes them from
 * the report's fields (see the notes in each {@code manifest.json}).
 */
class ShapeFindingDetailTest {
    private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();

    @Test
    void labelledProblemsCarryTheirTimeframeResponsibleAndStatus() throws IOException {
        List<Finding> f = findings("labelled", "2024-青禾市生态环境局督察反馈意见整改情况的报告.txt");
        assertEquals(List.of("label 问题1：", "label 问题2：", "label 项目1.1：", "label 项目1.2："),
                f.stream().map(x -> x.detail().evidence()).toList());
        assertEquals(List.of("2024年3月底前", "2024年6月底前", "2024年5月底前", "长期坚持"),
                f.stream().map(x -> x.detail().timeframe()).toList());
        assertEquals(List.of("水环境管理科", "执法支队", "行政审批科", "土壤与农村生态科"),
                f.stream().map(x -> x.detail().responsible()).toList());
        assertEquals(List.of(MeasureStatus.DONE, MeasureStatus.DONE, MeasureStatus.DONE, MeasureStatus.ONGOING),
                f.stream().map(x -> x.detail().status()).toList());
    }

    @Test
    void tableRowsCarryTheirTimeframeResponsibleAndStatus() throws IOException {
        List<Finding> f = findings("table", "2024-青禾市林业局巡察整改情况表.txt");
        assertEquals(List.of("table row 1", "table row 2", "table row 3"),
                f.stream().map(x -> x.detail().evidence()).toList());
        assertEquals(List.of("2024年3月底前", "2024年6月底前", "2024年12月底前"),
                f.stream().map(x -> x.detail().timeframe()).toList());
        assertEquals(List.of("森林防火科", "行政审批科", "自然保护地科"),
                f.stream().map(x -> x.detail().responsible()).toList());
        assertEquals(List.of(MeasureStatus.DONE, MeasureStatus.DONE, MeasureStatus.IN_PROGRESS),
                f.stream().map(x -> x.detail().status()).toList());
    }

    private static List<Finding> findings(String shape, String file) throws IOException {
        Path p = SharedData.repoRoot().resolve("examples/shapes").resolve(shape).resolve(file);
        return EXTRACTOR.extract(Files.readString(p, StandardCharsets.UTF_8)).findings();
    }
}
