package org.reportminer.corpus.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Correction;
import org.reportminer.corpus.model.CorrectionKind;
import org.reportminer.corpus.model.CorrectionOverlay;
import org.reportminer.corpus.model.CorrectionTarget;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Span;

/** A report's corrections live beside it, written atomically, and never change the report file itself. */
class CorrectionStoreTest {
    private static Ingester ingester;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        ingester = new Ingester();
    }

    @AfterAll
    static void stop() {
        ingester.close();
    }

    private Report ingest(String name, String body) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, "青川县档案局巡察整改进展情况\n" + body + "\n", StandardCharsets.UTF_8);
        return ingester.ingest(p, MetadataOverrides.none()).asReport().orElseThrow();
    }

    private static CorrectionOverlay overlay(String id) {
        CorrectionTarget t = new CorrectionTarget(CorrectionTarget.Level.MEASURE, "F1.M2", new Span(3, 9), "档案局巡察整");
        return new CorrectionOverlay(id, List.of(new Correction(CorrectionKind.STATUS, t, "DONE", null, null),
                new Correction(CorrectionKind.SPLIT, new CorrectionTarget(CorrectionTarget.Level.FINDING, "F2",
                        new Span(10, 20), "0123456789"), null, null, 14)));
    }

    @Test
    void correctionsRoundTripBesideTheReportWhoseFileStaysByteForByteTheSame() throws IOException {
        Path dir = tmp.resolve("store");
        try (ReportStore store = ReportStore.openForWrite(dir)) {
            Report r = ingest("a.txt", "一、存在问题");
            store.put(r);
            Path reportFile = dir.resolve("reports/" + r.id() + ".json");
            byte[] before = Files.readAllBytes(reportFile);
            assertFalse(store.corrections(r.id()).hasCorrections());
            store.putCorrections(overlay(r.id()));
            assertEquals(overlay(r.id()), store.corrections(r.id()));
            assertTrue(Files.isRegularFile(dir.resolve("reports/" + r.id() + ".corrections.json")));
            assertArrayEquals(before, Files.readAllBytes(reportFile));
            // the overlay file is not a report: listing and reopening see one report
            assertEquals(1, store.list().size());
            store.putCorrections(CorrectionOverlay.empty(r.id()));
            assertFalse(Files.exists(dir.resolve("reports/" + r.id() + ".corrections.json")));
        }
        try (ReportStore again = ReportStore.openReadOnly(dir)) {
            assertEquals(1, again.list().size());
        }
    }

    @Test
    void aReplacedReportTakesItsCorrectionsAlongAndARemovedOneTakesThemAway() throws IOException {
        Path dir = tmp.resolve("store");
        try (ReportStore store = ReportStore.openForWrite(dir)) {
            Report old = ingest("a.txt", "一、存在问题");
            store.put(old);
            store.putCorrections(overlay(old.id()));
            Report changed = ingest("a.txt", "一、存在问题\n二、整改措施");
            assertEquals(PutOutcome.Kind.REPLACED, store.put(changed).kind());
            assertEquals(overlay(changed.id()), store.corrections(changed.id()));
            assertFalse(Files.exists(dir.resolve("reports/" + old.id() + ".corrections.json")));
            store.remove(changed.id());
            assertFalse(Files.exists(dir.resolve("reports/" + changed.id() + ".corrections.json")));
        }
    }

    @Test
    void aDamagedOverlayIsAnErrorNamingTheReportNeverAnEmptyList() throws IOException {
        Path dir = tmp.resolve("store");
        try (ReportStore store = ReportStore.openForWrite(dir)) {
            Report r = ingest("a.txt", "一、存在问题");
            store.put(r);
            Files.writeString(dir.resolve("reports/" + r.id() + ".corrections.json"), "{\"reportId\":");
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> store.corrections(r.id()));
            assertTrue(e.getMessage().startsWith("cannot read the corrections of report " + r.id()), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> store.putCorrections(overlay("0123456789abcdef")));
        }
    }
}
