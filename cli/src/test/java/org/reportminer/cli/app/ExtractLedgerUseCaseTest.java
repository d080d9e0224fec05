package org.reportminer.cli.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.pipeline.ledger.LedgerWriter;

/** {@link ExtractUseCase} and {@link LedgerUseCase} called directly on generated files, without a store. */
class ExtractLedgerUseCaseTest {
    @TempDir
    Path dir;

    private ExtractRequest request(String... inputs) {
        return new ExtractRequest(List.of(inputs), dir, dir.resolve("no-store"));
    }

    @Test
    void extractGivesEachReportAndOneProblemPerInputThatFailed() {
        GeneratedReports.write(dir, "a.txt", "青禾市文化和旅游局巡察整改进展情况", "个别");
        RecordingListener listener = new RecordingListener();

        ExtractOutcome outcome = new ExtractUseCase(GeneratedReports.services()).extract(request("a.txt", "missing.txt"), listener);

        assertEquals(1, outcome.reports().size());
        assertEquals(2, outcome.reports().get(0).extraction().findings().size());
        assertEquals(1, outcome.problems().size());
        assertEquals(ProblemKind.IO, outcome.problems().get(0).kind());
        assertEquals(List.of("warned " + outcome.problems().get(0).line()), listener.events);
    }

    @Test
    void severalLedgersGoToTheFolderOneFileEachNamedAfterTheInputAndId() throws IOException {
        GeneratedReports.write(dir, "a.txt", "青禾市文化和旅游局巡察整改进展情况", "个别");
        GeneratedReports.write(dir, "b.txt", "岚溪县农业农村局巡察整改进展情况", "部分");
        Path out = Files.createDirectories(dir.resolve("ledgers"));
        RecordingListener listener = new RecordingListener();

        LedgerOutcome outcome = new LedgerUseCase(GeneratedReports.services()).ledger(
                new LedgerRequest(request("a.txt", "b.txt"), out, LedgerWriter.Format.CSV), listener);

        assertNull(outcome.printed());
        assertEquals(2, outcome.written().size());
        for (LedgerOutcome.WrittenLedger w : outcome.written()) {
            assertTrue(w.file().getFileName().toString().matches("[ab]-[0-9a-f]{8}\\.台账\\.csv"), w.toString());
            assertTrue(Files.isRegularFile(w.file()));
            assertEquals(3, w.rows(), "one row per measure");
            assertTrue(listener.events.contains("wrote " + w.file() + " 3 rows"), listener.events.toString());
        }
    }

    @Test
    void oneLedgerWithoutAnOutputComesBackToPrint() throws IOException {
        GeneratedReports.write(dir, "a.txt", "青禾市文化和旅游局巡察整改进展情况", "个别");
        LedgerOutcome outcome = new LedgerUseCase(GeneratedReports.services()).ledger(
                new LedgerRequest(request("a.txt"), null, LedgerWriter.Format.CSV), new RecordingListener());
        assertNotNull(outcome.printed());
        assertEquals(3, outcome.printed().rows().size());
        assertEquals(List.of(), outcome.written());
    }

    @Test
    void anXlsxLedgerWithoutAFileAndSeveralLedgersWithoutAFolderAreUsageErrors() {
        GeneratedReports.write(dir, "a.txt", "青禾市文化和旅游局巡察整改进展情况", "个别");
        GeneratedReports.write(dir, "b.txt", "岚溪县农业农村局巡察整改进展情况", "部分");
        LedgerUseCase ledger = new LedgerUseCase(GeneratedReports.services());
        CliException xlsx = assertThrows(CliException.class, () -> ledger.ledger(
                new LedgerRequest(request("a.txt"), null, LedgerWriter.Format.XLSX), new RecordingListener()));
        assertEquals(ExitCodes.USAGE, xlsx.exitCode());
        assertEquals("an xlsx ledger needs -o FILE.xlsx", xlsx.getMessage());
        CliException several = assertThrows(CliException.class, () -> ledger.ledger(
                new LedgerRequest(request("a.txt", "b.txt"), null, LedgerWriter.Format.CSV), new RecordingListener()));
        assertEquals(ExitCodes.USAGE, several.exitCode());
        assertEquals("2 reports: give -o FOLDER for one ledger each", several.getMessage());
    }

    @Test
    void whenEveryInputFailsNoLedgerIsWrittenAndTheProblemsAreKept() throws IOException {
        LedgerOutcome outcome = new LedgerUseCase(GeneratedReports.services()).ledger(
                new LedgerRequest(request("missing.txt"), dir.resolve("l.csv"), LedgerWriter.Format.CSV),
                new RecordingListener());
        assertEquals(List.of(), outcome.written());
        assertNull(outcome.printed());
        assertEquals(1, outcome.problems().size());
        assertTrue(Files.notExists(dir.resolve("l.csv")));
    }
}
