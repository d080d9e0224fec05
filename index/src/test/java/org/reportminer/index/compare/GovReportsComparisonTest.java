package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.extract.ProblemSentenceExtractor;

/** The State Council's work reports 2015–2025 (no 2020 in the corpus) compared as one issuer's annual reports. */
class GovReportsComparisonTest {

    private static final int[] YEARS = {2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025};
    private static List<Report> reports;
    private static ComparisonResult result;

    @BeforeAll
    static void compareOnce() {
        reports = OwnReports.govReports(YEARS);
        result = ReportComparer.standard().compare(reports);
        System.out.printf(Locale.ROOT, "gov 2015-2025: %d problem sentences, %d chars, %d links, %d chains%n",
                result.reports().stream().mapToInt(ComparisonResult.ReportYear::findings).sum(),
                reports.stream().mapToInt(r -> r.text().length()).sum(), result.links().size(),
                result.chains().size());
    }

    @Test
    void theIngesterLeavesNoWikisourceLicenceNoticeInTheText() {
        for (Report r : reports) {
            assertTrue(!r.text().contains("公有领域") && !r.text().contains("Public domain"), r.source() + " keeps the licence notice");
            assertTrue(r.text().length() > 10_000, r.source() + " is a whole work report");
        }
    }

    @Test
    void everyYearContributesProblemSentencesWithExactOffsets() {
        ProblemSentenceExtractor x = new ProblemSentenceExtractor();
        for (Report r : reports) {
            var found = x.extract(r.text());
            assertTrue(found.size() >= 3, r.id() + " has only " + found.size() + " problem sentences");
            for (var f : found) {
                assertEquals(f.surface(), r.text().substring(f.start(), f.end()));
            }
        }
    }

    @Test
    void formalismAndBureaucratismSurfacesAsAChainOverManyYears() {
        for (Chain c : result.chains().subList(0, Math.min(8, result.chains().size()))) {
            System.out.println("chain " + c.years() + " " + c.category() + " " + c.evidence() + String.format(Locale.ROOT, " %.2f", c.strength()));
            for (FindingRef f : c.findings()) {
                System.out.println("   " + f.year() + " " + f.text());
            }
        }
        Chain formalism = result.chains().stream()
                .filter(c -> c.findings().stream().filter(f -> f.text().contains("形式主义") || f.text().contains("官僚主义")).count() >= 4)
                .findFirst().orElseThrow(() -> new AssertionError("no chain of 形式主义/官僚主义 problems"));
        assertTrue(formalism.years().size() >= 4, formalism.years().toString());
        assertEquals("作风/形式主义官僚主义", formalism.category());
        assertTrue(result.chains().indexOf(formalism) < 10, "formalism chain ranks " + result.chains().indexOf(formalism));
    }

    @Test
    void reuseShareOfEachYearFromThePreviousIsMeasuredWithExactOffsets() {
        // one entry per consecutive pair, plus one per year that shares more sentences with an older report
        List<String> ids = result.reports().stream().map(ComparisonResult.ReportYear::reportId).toList();
        assertEquals(YEARS.length - 1, result.reuse().stream()
                .filter(u -> ids.indexOf(u.earlierReportId()) == ids.indexOf(u.reportId()) - 1).count());
        assertTrue(result.reuse().size() <= 2 * (YEARS.length - 1));
        for (Reuse r : result.reuse()) {
            Report later = reports.stream().filter(x -> x.id().equals(r.reportId())).findFirst().orElseThrow();
            Report earlier = reports.stream().filter(x -> x.id().equals(r.earlierReportId())).findFirst().orElseThrow();
            String longest = r.passages().isEmpty() ? "" : r.passages().get(0).text();
            System.out.printf(Locale.ROOT, "reuse %d <- %d: share %.3f, %d passages, longest %d chars: %s%n",
                    later.year(), earlier.year(), r.share(), r.passages().size(), longest.length(),
                    longest.length() > 60 ? longest.substring(0, 60) + "…" : longest);
            assertTrue(r.share() < 0.5, "a work report is not half copied: " + r.share());
            assertTrue(r.passages().stream().noneMatch(p -> p.text().contains("公有领域")), "licence notice counted as reuse");
            for (ReusedPassage p : r.passages()) {
                assertEquals(p.text(), later.text().substring(p.start(), p.end()));
                assertTrue(p.earlierEnd() <= earlier.text().length());
            }
        }
        assertTrue(result.reuse().stream().anyMatch(r -> r.share() > 0.005), "some sentences recur verbatim year to year");
    }
}
