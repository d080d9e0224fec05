package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Report;

/**
 * The synthetic comparison workload of {@link CompareBenchmark}: organisations of ten yearly reports built from real
 * sentences, their problem sentences as findings. The default run checks its shape on 20 reports; the
 * {@code bench}-tagged run ({@code mvn -Pbench verify}, and {@code reportminer bench --compare 10,100,1000}, which
 * measures the same workload) times 10, 100 and 1,000 reports built from the 2015–2025 work reports.
 */
class CompareBenchmarkTest {

    private static final List<String> SENTENCES = List.of("经济运行总体平稳，发展质量稳步提升。",
            "一些地方形式主义、官僚主义问题仍然突出。", "创新能力不强，关键核心技术短板问题凸显。", "民生保障有力有效，社会大局保持稳定。");

    @Test
    void twentySyntheticReportsFormTwoOrganisationsWhoseRecurringProblemsLinkIntoChains() {
        CompareBenchmark.Measurement m = CompareBenchmark.measure(ReportComparer.standard(), SENTENCES,
                SENTENCES.subList(1, 3), 20, 7);
        assertEquals(20, m.reports());
        assertEquals(2, m.orgs());
        assertEquals(15 * 20, m.findings());
        assertTrue(m.links() > 0 && m.chains() > 0, m.toString());
    }

    /** Prints wall and CPU time per size (no timing assertion: the machine is shared). */
    @Test
    @Tag("bench")
    void comparesTenHundredAndThousandReportsOfTheWorkReportsIntoOrganisationsWithLinks() {
        List<String> sentences = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Report r : OwnReports.govReports(2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025)) {
            sentences.addAll(CompareBenchmark.sentences(r.text()));
            problems.addAll(CompareBenchmark.problemSentences(r.text()));
        }
        ReportComparer comparer = ReportComparer.standard();
        CompareBenchmark.measure(comparer, sentences, problems, 20, 7); // warm-up
        System.out.println(CompareBenchmark.HEADER);
        for (int n : new int[] {10, 100, 1000}) {
            CompareBenchmark.Measurement m = CompareBenchmark.measure(comparer, sentences, problems, n, n);
            System.out.println(m);
            assertEquals(n, m.reports());
            assertEquals(n / 10, m.orgs());
            assertEquals(15 * n, m.findings());
            assertTrue(m.links() > 0 && m.chains() > 0, m.toString());
        }
    }

    @Test
    void syntheticReportsCarryFindingsAtTheirOffsets() {
        List<Report> rs = CompareBenchmark.synthetic(20, SENTENCES, SENTENCES.subList(1, 3), new Random(1));
        assertEquals(20, rs.size());
        for (Report r : rs) {
            assertEquals(15, r.extraction().findings().size());
            r.extraction().findings().forEach(f -> assertEquals(f.text(), r.text().substring(f.start(), f.end())));
        }
    }
}
