package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.testing.SharedData;

/** Every report under shared/corpora extracts without error, with its headings and counts. */
class CorporaExtractionTest {

    private static ReportExtractor extractor;

    @BeforeAll
    static void build() {
        extractor = ReportExtractor.standard();
    }

    private static Path file(String name) {
        return SharedData.corpusFiles().stream().filter(p -> p.toString().endsWith(name)).findFirst().orElseThrow();
    }

    private static Count count(Extraction e, String raw) {
        return e.counts().stream().filter(c -> c.surface().equals(raw)).findFirst()
                .orElseThrow(() -> new AssertionError("no count " + raw));
    }

    @Test
    void everyCorpusFileExtractsWithExactOffsetsAndNumberedSections() {
        List<Path> files = SharedData.corpusFiles();
        assertEquals(83, files.size());
        int withSections = 0;
        for (Path p : files) {
            String text = SharedData.read(p);
            Extraction e = extractor.extract(text);
            Invariants.assertOffsets(text, e);
            assertFalse(e.counts().isEmpty(), p + " has no counts");
            assertFalse(e.checks().isEmpty(), p + " has no checks");
            if (e.sections().stream().anyMatch(s -> s.label().matches("[一二三四五六七八九十]+、"))) {
                withSections++;
            }
        }
        assertTrue(withSections >= 70, "only " + withSections + " reports with 一、 sections");
    }

    @Test
    void report2024HasNestedHeadingsAndApproximateCounts() {
        String text = SharedData.read(file("gov-work-reports/2024.txt"));
        Extraction e = extractor.extract(text);
        assertEquals(2024, e.year());
        assertEquals("政府工作报告", e.kind());
        assertEquals(List.of("一、", "二、", "三、"), e.sections().stream().map(Section::label).toList());
        Section tasks = e.sections().get(2);
        assertEquals("2024年政府工作任务", tasks.title());
        assertEquals("（一）", tasks.children().get(0).label());
        assertEquals("大力推进现代化产业体系建设，加快发展新质生产力", tasks.children().get(0).title());
        assertEquals(10, tasks.children().size());
        Count jobs = count(e, "1200万人以上");
        assertEquals(new BigDecimal("12000000"), jobs.value());
        assertEquals("人", jobs.unit());
        assertEquals("以上", jobs.qualifier());
        Count growth = count(e, "5%左右");
        assertEquals(new BigDecimal("5"), growth.value());
        assertEquals("%", growth.unit());
        assertEquals("左右", growth.qualifier());
        Count gdp = count(e, "超过126万亿元");
        assertEquals(new BigDecimal("126000000000000"), gdp.value());
        assertEquals("元", gdp.unit());
        assertEquals("超过", gdp.qualifier());
    }

    @Test
    void report2022ReadsTrillionsWithTheirQualifier() {
        Extraction e = extractor.extract(SharedData.read(file("gov-work-reports/2022.txt")));
        Count tax = count(e, "约2.5万亿元");
        assertEquals(new BigDecimal("2500000000000"), tax.value());
        assertEquals("元", tax.unit());
        assertEquals("约", tax.qualifier());
    }

    @Test
    void provincialReportReadsYuCountsAndSkipsPageClutterForTheTitle() {
        String text = SharedData.read(file("2026_湖南省_政府工作报告.txt"));
        Extraction e = extractor.extract(text);
        assertNotNull(e.title());
        assertTrue(e.title().contains("政府工作报告"), e.title());
        assertEquals(2026, e.year());
        Count c = count(e, "130余项");
        assertEquals(new BigDecimal("130"), c.value());
        assertEquals("项", c.unit());
        assertEquals("余", c.qualifier());
    }
}
