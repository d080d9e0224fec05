package org.reportminer.cli.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.corpus.ingest.MetadataOverrides;

/**
 * {@link CompareUseCase} called directly on a store of generated reports: one organisation in 2021 and 2022 (given
 * as two spellings of its name), one report without a year and one without an organisation.
 */
class CompareUseCaseTest {
    private static final String ORG = "青禾市文化和旅游局";

    @TempDir
    static Path dir;
    private static Path store;
    private static String y2021;
    private static String y2022;
    private static String noYear;
    private static String noOrg;

    @BeforeAll
    static void ingest() throws IOException {
        store = dir.resolve("store");
        Path in = dir.resolve("in");
        y2021 = id(GeneratedReports.ingest(store, MetadataOverrides.fromOptions(ORG, 2021, null),
                GeneratedReports.write(in, "2021.txt", "巡察整改进展情况", "个别")));
        y2022 = id(GeneratedReports.ingest(store, MetadataOverrides.fromOptions("市文化和旅游局", 2022, null),
                GeneratedReports.write(in, "2022.txt", "巡察整改进展情况", "部分")));
        noYear = id(GeneratedReports.ingest(store, MetadataOverrides.fromOptions(ORG, null, null),
                GeneratedReports.write(in, "undated.txt", "巡察整改进展情况", "少数")));
        noOrg = id(GeneratedReports.ingest(store, MetadataOverrides.fromOptions(null, 2023, null),
                GeneratedReports.write(in, "anonymous.txt", "巡察整改进展情况", "多数")));
    }

    private static String id(IngestSummary s) {
        assertEquals(1, s.reports().size(), s.toString());
        return s.reports().get(0).id();
    }

    @Test
    void reportsWithoutAYearOrOrganisationAreSkippedWithTheReasonAndTheRestIsCompared() {
        RecordingListener listener = new RecordingListener();
        CompareOutcome outcome = new CompareUseCase().compare(
                new CompareRequest(store, null, null, null, null), listener);

        assertEquals(List.of(new CompareOutcome.Skipped(noYear, "no year; set one with ingest --year or a sidecar"),
                new CompareOutcome.Skipped(noOrg, "no organisation; set one with ingest --org")), outcome.skipped());
        assertEquals(List.of("warned skipped " + noYear + " (no year; set one with ingest --year or a sidecar)",
                "warned skipped " + noOrg + " (no organisation; set one with ingest --org)"), listener.events);
        assertEquals(1, outcome.results().size());
        CompareOutcome.Comparison c = outcome.results().get(0);
        assertEquals(List.of(y2021, y2022), c.result().reports().stream().map(r -> r.reportId()).toList());
        assertTrue(List.of(ORG, "市文化和旅游局").contains(c.orgName()), c.orgName());
        assertEquals(List.of(), outcome.written());
    }

    @Test
    void aYearRangeThatHoldsOneReportLeavesNothingToCompare() {
        CompareOutcome outcome = new CompareUseCase().compare(
                new CompareRequest(store, ORG, new YearRange(2021, 2021), null, null), new RecordingListener());
        assertEquals(List.of(), outcome.results());
    }

    @Test
    void namedReportsAreComparedAndTheHtmlPageIsWrittenAndAnnounced() {
        Path html = dir.resolve("out.html");
        RecordingListener listener = new RecordingListener();
        CompareOutcome outcome = new CompareUseCase().compare(
                new CompareRequest(store, null, null, List.of(y2022, y2021), html), listener);
        assertEquals(1, outcome.results().size());
        assertEquals(List.of(html), outcome.written());
        assertTrue(Files.isRegularFile(html));
        assertEquals(List.of("wrote " + html + " "), listener.events);
    }

    @Test
    void aNamedReportThatIsNotStoredIsAnInputProblem() {
        CliException e = assertThrows(CliException.class, () -> new CompareUseCase().compare(
                new CompareRequest(store, null, null, List.of(y2021, "deadbeef"), null), new RecordingListener()));
        assertEquals(ExitCodes.INPUT_PROBLEMS, e.exitCode());
        assertEquals("no report deadbeef in " + store, e.getMessage());
    }

    @Test
    void aNamedReportWithoutAYearIsAnInputProblem() {
        CliException e = assertThrows(CliException.class, () -> new CompareUseCase().compare(
                new CompareRequest(store, null, null, List.of(y2021, noYear), null), new RecordingListener()));
        assertEquals(ExitCodes.INPUT_PROBLEMS, e.exitCode());
        assertEquals("report " + noYear + " has no year; re-ingest it with --year", e.getMessage());
    }
}
