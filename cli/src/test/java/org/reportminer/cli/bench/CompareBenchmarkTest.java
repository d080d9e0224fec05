package org.reportminer.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.compare.ReportComparer;

/**
 * The compare workload of {@code reportminer bench} ({@link CompareBenchmark}): its synthetic organisations have the
 * promised shape and the comparison finds links in them. Timing itself is {@code bench}'s job, not a test's.
 */
class CompareBenchmarkTest {

    private static final List<String> SENTENCES = List.of("经济运行总体平稳，发展质量稳步提升。",
            "一些地方形式主义、官僚主义问题仍然突出。", "创新能力不强，关键核心技术短板问题凸显。", "民生保障有力有效，社会大局保持稳定。");

    @Test
    void syntheticComparisonFormsOrganisationsOfTenYearsWithFifteenFindingsEach() {
        CompareBenchmark.Measurement m = CompareBenchmark.measure(ReportComparer.standard(), SENTENCES,
                SENTENCES.subList(1, 3), 20, 7);
        assertEquals(20, m.reports());
        assertEquals(2, m.orgs());
        assertEquals(15 * 20, m.findings());
        assertTrue(m.links() > 0 && m.chains() > 0, m.toString());
    }

    @Test
    void problemSentencesAreTheShortfallSentencesOfAProblemParagraph() {
        String text = "过去一年经济运行总体平稳。\n我们也清醒看到，形式主义、官僚主义问题仍然突出，创新能力不强。一些地方财政收支矛盾较大。\n";
        assertEquals(List.of("形式主义、官僚主义问题仍然突出，创新能力不强。", "一些地方财政收支矛盾较大。"),
                CompareBenchmark.problemSentences(text));
    }

    @Test
    void syntheticReportsCarryFindingsAtTheirOffsets() {
        List<Report> rs = CompareBenchmark.synthetic(20, SENTENCES, SENTENCES.subList(1, 3), new Random(1));
        assertEquals(20, rs.size());
        for (Report r : rs) {
            assertEquals(15, r.extraction().findings().size());
            r.extraction().findings().forEach(f -> assertEquals(f.surface(), r.text().substring(f.start(), f.end())));
        }
    }
}
