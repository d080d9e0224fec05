package org.reportminer.corpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Check;
import org.reportminer.corpus.model.CheckKind;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.model.OffsetMap;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.corpus.model.StatedTotal;
import org.reportminer.corpus.model.TotalKind;

class JsonMapperFactoryTest {

    private static final String TEXT = "青川县档案局2022年巡察整改进展情况\n一、整改工作基本情况\n"
            + "反馈问题*个，已完成整改12个，其中立行立改5个。\n整改情况：①已建立台账。②正在推进。";

    static Report handBuiltReport() {
        String t = TEXT;
        int c1 = t.indexOf("已完成整改12个");
        int sub = t.indexOf("立行立改5个");
        Count part = new Count(new BigDecimal("5"), false, "立行立改5个", "个", "立行立改", null, sub, sub + 6, List.of());
        Count total = new Count(new BigDecimal("12"), false, "已完成整改12个", "个", "已完成整改", null, c1, c1 + 8,
                List.of(part));
        int masked = t.indexOf("*个");
        Count maskedCount = new Count(null, true, "*个", "个", "反馈问题", null, masked, masked + 2, List.of());
        int m1 = t.indexOf("已建立台账");
        int m2 = t.indexOf("正在推进");
        Measure a = new Measure("①", 1, "已建立台账。", MeasureStatus.DONE, "已建立", null, null, m1, m1 + 6, List.of());
        Measure b = new Measure("②", 2, "正在推进。", MeasureStatus.IN_PROGRESS, "正在", "办公室", "2022年底", m2, m2 + 5,
                List.of());
        int f = t.indexOf("反馈问题");
        Finding finding = new Finding("F1", null, "台账", null, t.substring(f, f + 4), f, f + 4, List.of(a, b),
                List.of(maskedCount));
        int h = t.indexOf("一、");
        Section section = new Section("一、", 1, "整改工作基本情况", SectionRole.OVERVIEW, h, t.length(), List.of());
        StatedTotal st = new StatedTotal(TotalKind.PROBLEMS, null, true, "*个", "个", masked, masked + 2);
        Check check = new Check(CheckKind.BREAKDOWN_SUM, true, "5 ≤ 12");
        Extraction extraction = new Extraction("青川县档案局2022年巡察整改进展情况", "青川县档案局", 2022, "标题写明2022年",
                "巡察整改进展情况", List.of(section), List.of(finding), List.of(maskedCount, total), List.of(st),
                List.of(check));
        return new Report("0123456789abcdef", "/tmp/r.docx", "application/msword", null, 1234, "0123456789abcdef"
                + "0".repeat(48), "青川县档案局2022年巡察整改进展情况", null, 2022, null, false, t,
                new OffsetMap(new int[] {0, 10, 20}, new int[] {0, 2, 5}), extraction);
    }

    @Test
    void reportWithExtractionRoundTripsExactly() throws Exception {
        ObjectMapper mapper = JsonMapperFactory.create();
        Report report = handBuiltReport();
        String json = mapper.writeValueAsString(report);
        Report back = mapper.readValue(json, Report.class);
        assertEquals(report, back);
        assertEquals(json, mapper.writeValueAsString(back));
    }

    @Test
    void outputIsPrettySortedAndKeepsNullFields() throws Exception {
        String json = JsonMapperFactory.create().writeValueAsString(handBuiltReport());
        assertTrue(json.contains("\"org\" : null"), json.substring(0, 200));
        assertTrue(json.contains("\"charset\" : null"));
        assertTrue(json.indexOf("\"bytes\"") < json.indexOf("\"charset\"")
                && json.indexOf("\"charset\"") < json.indexOf("\"extraction\"")
                && json.indexOf("\"extraction\"") < json.indexOf("\"id\""), "properties sorted");
        assertTrue(json.contains("\"offsetMap\" : {"));
        assertTrue(json.contains("\"starts\" : [ 0, 10, 20 ]"), json);
        assertTrue(json.lines().count() > 50, "pretty printed");
    }

    @Test
    void unknownPropertiesAreRejected() {
        ObjectMapper mapper = JsonMapperFactory.create();
        assertThrows(Exception.class, () -> mapper.readValue("{\"kind\":\"ENCRYPTED\",\"source\":\"a\","
                + "\"message\":\"m\",\"colour\":1}", org.reportminer.corpus.model.Problem.class));
    }
}
