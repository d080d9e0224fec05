package org.reportminer.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.corpus.testing.SharedData;

class ReportStoreTest {

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

    private Report ingest(Path file) {
        return ingester.ingest(file, MetadataOverrides.none()).asReport().orElseThrow();
    }

    private Path report(String name, String body) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, "青川县档案局巡察整改进展情况\n" + body + "\n", StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> reportFiles(Path store) throws IOException {
        try (Stream<Path> s = Files.list(store.resolve("reports"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void reIngestingTheSameFileIsANoOp() throws IOException {
        Path storeDir = tmp.resolve("store");
        Path file = SharedData.fixtures().resolve("seed001.docx");
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            PutOutcome first = store.put(ingest(file));
            assertEquals(PutOutcome.Kind.ADDED, first.kind());
            long modified = Files.getLastModifiedTime(storeDir.resolve("reports/" + first.id() + ".json")).toMillis();
            PutOutcome again = store.put(ingest(file));
            assertEquals(new PutOutcome(PutOutcome.Kind.UNCHANGED, first.id(), null), again);
            assertEquals(modified,
                    Files.getLastModifiedTime(storeDir.resolve("reports/" + first.id() + ".json")).toMillis());
            assertEquals(1, store.list().size());
        }
    }

    @Test
    void updateRewritesAStoredReportInPlaceAndRefusesUnknownIds() throws IOException {
        Path storeDir = tmp.resolve("store");
        Report r = ingest(report("u.txt", "反馈问题3个。"));
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            store.put(r);
            store.update(r.withMetadata(r.title(), "青川县档案局", 2022, "巡察整改进展情况"));
            assertEquals(1, store.list().size());
            assertEquals(2022, store.find(r.id()).orElseThrow().year());
            assertEquals("青川县档案局", store.list().get(0).org());
            Report stranger = ingest(report("v.txt", "反馈问题4个。"));
            assertThrows(IllegalArgumentException.class, () -> store.update(stranger));
        }
        try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
            assertEquals(2022, reader.find(r.id()).orElseThrow().year());
        }
    }

    @Test
    void theSameTextFromAnotherFileIsADuplicateAndNotStoredTwice() throws IOException {
        Path storeDir = tmp.resolve("store");
        String body = "青川县档案局巡察整改进展情况\n反馈问题12个，已完成整改9个。\n";
        Path utf8 = tmp.resolve("a.txt");
        Path gbk = tmp.resolve("a.gbk.txt");
        Files.writeString(utf8, body, StandardCharsets.UTF_8);
        Files.write(gbk, body.getBytes(java.nio.charset.Charset.forName("GB18030")));
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            PutOutcome first = store.put(ingest(utf8));
            Report second = ingest(gbk);
            assertNotEquals(first.id(), second.id());
            assertEquals(new PutOutcome(PutOutcome.Kind.DUPLICATE, first.id(), null), store.put(second));
            assertEquals(1, store.list().size());
        }
    }

    @Test
    void changedFileAtTheSamePathReplacesItsOldVersion() throws IOException {
        Path storeDir = tmp.resolve("store");
        Path file = report("r.txt", "反馈问题12个。");
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            PutOutcome v1 = store.put(ingest(file));
            report("r.txt", "反馈问题12个，已完成整改9个。");
            PutOutcome v2 = store.put(ingest(file));
            assertEquals(PutOutcome.Kind.REPLACED, v2.kind());
            assertEquals(v1.id(), v2.replacedId());
            assertEquals(List.of(v2.id() + ".json"), reportFiles(storeDir));
            assertTrue(store.find(v1.id()).isEmpty());
            assertTrue(store.find(file.toString()).orElseThrow().text().contains("已完成整改9个"));
        }
    }

    @Test
    void storedReportRoundTripsAndIsFoundByIdPrefixAndPath() throws IOException {
        Path storeDir = tmp.resolve("store");
        Report report = ingest(SharedData.fixtures().resolve("seed000.pdf"));
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            store.put(report);
            store.put(ingest(report("other.txt", "另一份报告。")));
        }
        try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
            assertEquals(report, reader.find(report.id()).orElseThrow());
            assertEquals(report, reader.find(report.id().substring(0, 6)).orElseThrow());
            assertEquals(report, reader.find(report.source()).orElseThrow());
            assertTrue(reader.find("ffffffffffffffff").isEmpty());
            ReportSummary summary = reader.list().stream().filter(s -> s.id().equals(report.id())).findFirst()
                    .orElseThrow();
            assertEquals(report.text().length(), summary.chars());
            assertEquals("application/pdf", summary.mediaType());
            assertEquals(2, reader.list().size());
            assertFalse(reader.writable());
            assertThrows(IllegalStateException.class, () -> reader.put(report));
        }
    }

    @Test
    void removeDeletesTheReportAndItsIndexEntry() throws IOException {
        Path storeDir = tmp.resolve("store");
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            String id = store.put(ingest(report("a.txt", "甲。"))).id();
            assertEquals(id, store.remove(id).orElseThrow());
            assertTrue(store.list().isEmpty());
            assertTrue(reportFiles(storeDir).isEmpty());
            assertTrue(store.remove(id).isEmpty());
        }
    }

    @Test
    void aSecondWriterIsRefusedWithTheLockFileNamed() {
        Path storeDir = tmp.resolve("store");
        try (ReportStore first = ReportStore.openForWrite(storeDir)) {
            assertTrue(first.writable());
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> ReportStore.openForWrite(storeDir));
            assertEquals(storeDir.resolve("store.lock").toAbsolutePath(), e.lockFile());
            assertTrue(e.getMessage().contains("store.lock"), e.getMessage());
            try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
                assertEquals(0, reader.size());
            }
        }
        try (ReportStore again = ReportStore.openForWrite(storeDir)) {
            assertTrue(again.writable());
        }
    }

    /** Stands for the process dying: not an exception the writer cleans up after. */
    private static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash between temp file and rename");
        }
    }

    @Test
    void aWriteInterruptedBetweenTempFileAndRenameLeavesTheStoreReadable() throws IOException {
        Path storeDir = tmp.resolve("store");
        Path file = report("r.txt", "反馈问题12个。");
        Report v1 = ingest(file);
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            store.put(v1);
        }
        report("r.txt", "反馈问题12个，全部完成整改。");
        Report v2 = ingest(file);
        ReportStore crashing = ReportStore.openForWriteWithHook(storeDir, (temp, target) -> {
            throw new SimulatedCrash();
        });
        assertThrows(SimulatedCrash.class, () -> crashing.put(v2));
        crashing.close();
        try (Stream<Path> s = Files.list(storeDir.resolve("reports"))) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a stray temp file is left");
        }
        try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
            assertEquals(1, reader.list().size());
            assertEquals(v1, reader.find(file.toString()).orElseThrow());
        }
        try (ReportStore writer = ReportStore.openForWrite(storeDir)) {
            assertEquals(List.of(v1.id() + ".json"), reportFiles(storeDir), "temp files swept");
            assertEquals(PutOutcome.Kind.REPLACED, writer.put(v2).kind());
        }
    }

    @Test
    void aCrashAfterTheReportFileButBeforeTheIndexKeepsTheOldVersion() throws IOException {
        Path storeDir = tmp.resolve("store");
        Path file = report("r.txt", "反馈问题12个。");
        Report v1 = ingest(file);
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            store.put(v1);
        }
        report("r.txt", "反馈问题12个，全部完成整改。");
        Report v2 = ingest(file);
        ReportStore crashing = ReportStore.openForWriteWithHook(storeDir, (temp, target) -> {
            if (target.getFileName().toString().equals("index.json")) {
                throw new SimulatedCrash();
            }
        });
        assertThrows(SimulatedCrash.class, () -> crashing.put(v2));
        crashing.close();
        try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
            assertEquals(List.of(v1.id()), reader.list().stream().map(ReportSummary::id).toList());
        }
        try (ReportStore writer = ReportStore.openForWrite(storeDir)) {
            assertEquals(List.of(v1.id() + ".json"), reportFiles(storeDir), "orphan of the interrupted put removed");
            assertEquals(1, writer.size());
        }
    }

    private List<Report> distinctReports(int n) throws IOException {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(ingest(report("r" + i + ".txt", "反馈问题" + (i + 1) + "个。")));
        }
        return out;
    }

    /** Issue 15: the catalog was rewritten and fsynced after every put, which made 5,000 puts take 81 s. */
    @Test
    void aBatchOfNewReportsWritesTheCatalogOnceNotAfterEveryPut() throws IOException {
        Path storeDir = tmp.resolve("store");
        List<Report> batch = distinctReports(10);
        List<Path> catalogWrites = new ArrayList<>();
        try (ReportStore store = ReportStore.openForWriteWithHook(storeDir, (temp, target) -> {
            if (target.getFileName().toString().equals("index.json")) {
                catalogWrites.add(target);
            }
        })) {
            catalogWrites.clear(); // a new store saves its empty catalog at open
            for (Report r : batch) {
                assertEquals(PutOutcome.Kind.ADDED, store.put(r).kind());
            }
            assertEquals(10, store.size());
            assertEquals(List.of(), catalogWrites, "not after each put");
        }
        assertEquals(1, catalogWrites.size(), "written once, at close");
        try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
            assertEquals(batch.stream().map(Report::id).sorted().toList(),
                    reader.list().stream().map(ReportSummary::id).sorted().toList());
        }
    }

    @Test
    void aKillAfterTheReportFilesButBeforeTheCatalogLosesNoAddedReport() throws IOException {
        Path storeDir = tmp.resolve("store");
        Report first = ingest(report("first.txt", "整改任务9项。"));
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            store.put(first);
        }
        List<Report> batch = distinctReports(3);
        ReportStore crashing = ReportStore.openForWriteWithHook(storeDir, (temp, target) -> {
            if (target.getFileName().toString().equals("index.json")) {
                throw new SimulatedCrash();
            }
        });
        for (Report r : batch) {
            assertEquals(PutOutcome.Kind.ADDED, crashing.put(r).kind());
        }
        // the process dies where the batch would have saved its catalog
        assertThrows(SimulatedCrash.class, crashing::close);
        List<String> all = Stream.concat(Stream.of(first), batch.stream()).map(Report::id).sorted().toList();
        try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
            assertEquals(all, reader.list().stream().map(ReportSummary::id).sorted().toList());
            assertEquals(batch.get(2), reader.find(batch.get(2).source()).orElseThrow());
        }
        try (ReportStore writer = ReportStore.openForWrite(storeDir)) {
            assertEquals(all, writer.list().stream().map(ReportSummary::id).sorted().toList());
        }
        StoreIndex saved = new JsonCodec().read(storeDir.resolve("index.json"), StoreIndex.class);
        assertEquals(all, saved.reports().stream().map(ReportSummary::id).sorted().toList(),
                "the next writer saved the repaired catalog");
    }

    @Test
    void aLostIndexIsRebuiltFromTheReports() throws IOException {
        Path storeDir = tmp.resolve("store");
        String id;
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            id = store.put(ingest(report("a.txt", "甲。"))).id();
            store.put(ingest(report("b.txt", "乙。")));
        }
        Files.writeString(storeDir.resolve("index.json"), "{ not json");
        try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
            assertEquals(2, reader.list().size());
            assertEquals(id, reader.findSummary(tmp.resolve("a.txt").toString()).orElseThrow().id());
        }
    }

    /** Three reports a, b and c in a fresh store; returns their ids in that order. */
    private List<String> threeReports(Path storeDir) throws IOException {
        try (ReportStore store = ReportStore.openForWrite(storeDir)) {
            return List.of(store.put(ingest(report("a.txt", "甲。"))).id(), store.put(ingest(report("b.txt", "乙。"))).id(),
                    store.put(ingest(report("c.txt", "丙。"))).id());
        }
    }

    private static void truncate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** Issue 9: a truncated report JSON with a damaged index.json made every command fail until deleted by hand. */
    @Test
    void aTruncatedReportFileWithADamagedIndexIsQuarantinedAndTheRestIsListed() throws IOException {
        Path storeDir = tmp.resolve("store");
        List<String> ids = threeReports(storeDir);
        Path broken = storeDir.resolve("reports/" + ids.get(1) + ".json");
        truncate(broken);
        Files.writeString(storeDir.resolve("index.json"), "{\"version\":1,\"reports\":[{\"id\":");
        List<String> notices = new ArrayList<>();
        try (ReportStore reader = ReportStore.openReadOnly(storeDir, notices::add)) {
            assertEquals(List.of(ids.get(0), ids.get(2)), reader.list().stream().map(ReportSummary::id).toList());
            assertTrue(reader.find(ids.get(1)).isEmpty());
        }
        assertEquals(2, notices.size(), notices.toString());
        Path moved = storeDir.resolve("quarantine/" + ids.get(1) + ".json");
        assertTrue(notices.get(0).startsWith("quarantined unreadable report file " + broken + " (malformed JSON"),
                notices.toString());
        assertTrue(notices.get(0).endsWith("; moved it to " + moved), notices.toString());
        assertTrue(notices.get(1).startsWith("store index " + storeDir.resolve("index.json")
                + " was unreadable ("), notices.toString());
        assertTrue(notices.get(1).endsWith("); rebuilt it from 2 report files"), notices.toString());
        assertTrue(Files.isRegularFile(moved), "the damaged file is kept for inspection");
        assertFalse(Files.exists(broken));
        List<String> later = new ArrayList<>();
        try (ReportStore reader = ReportStore.openReadOnly(storeDir, later::add)) {
            assertEquals(2, reader.size());
        }
        assertEquals(List.of(), later, "the repair was saved: the next reader has nothing to say");
    }

    @Test
    void aListedReportFileThatTurnsOutTruncatedIsQuarantinedWhenReadAndTheOthersStillRead() throws IOException {
        Path storeDir = tmp.resolve("store");
        List<String> ids = threeReports(storeDir);
        truncate(storeDir.resolve("reports/" + ids.get(0) + ".json"));
        List<String> notices = new ArrayList<>();
        try (ReportStore writer = ReportStore.openForWrite(storeDir, notices::add)) {
            assertEquals(3, writer.size(), "the index lists it until someone reads it");
            List<Report> read = new ArrayList<>();
            for (ReportSummary s : writer.list()) {
                writer.find(s.id()).ifPresent(read::add);
            }
            assertEquals(List.of(ids.get(1), ids.get(2)), read.stream().map(Report::id).toList());
            assertEquals(2, writer.size());
        }
        assertEquals(1, notices.size(), notices.toString());
        try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
            assertEquals(List.of(ids.get(1), ids.get(2)), reader.list().stream().map(ReportSummary::id).toList());
        }
        assertEquals(List.of(ids.get(0) + ".json"), fileNames(storeDir.resolve("quarantine")));
    }

    /** Issue 9: stored offsets past the text stopped reindex with an internal error. */
    @Test
    void aReportWhoseSpansLiePastItsTextIsQuarantinedWithTheReason() throws IOException {
        Path storeDir = tmp.resolve("store");
        List<String> ids = threeReports(storeDir);
        Report c;
        try (ReportStore store = ReportStore.openReadOnly(storeDir)) {
            c = store.find(ids.get(2)).orElseThrow();
        }
        Section beyond = new Section("一、", 1, "整改情况", SectionRole.RECTIFICATION, 0, 500, List.of());
        Report bad = c.withExtraction(new Extraction(c.title(), null, null, null, null, List.of(beyond), List.of(),
                List.of(), List.of(), List.of()));
        Files.write(storeDir.resolve("reports/" + c.id() + ".json"), new JsonCodec().toBytes(bad));
        List<String> notices = new ArrayList<>();
        try (ReportStore reader = ReportStore.openReadOnly(storeDir, notices::add)) {
            assertTrue(reader.find(c.id()).isEmpty());
            assertEquals(2, reader.list().size());
        }
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("(section '一、' at 0-500 lies past the end of the text ("
                + c.text().length() + " characters))"), notices.toString());
        assertTrue(Files.isRegularFile(storeDir.resolve("quarantine/" + c.id() + ".json")));
    }

    @Test
    void aReaderSkipsButDoesNotMoveADamagedFileWhileAWriterHoldsTheLock() throws IOException {
        Path storeDir = tmp.resolve("store");
        List<String> ids = threeReports(storeDir);
        Path broken = storeDir.resolve("reports/" + ids.get(0) + ".json");
        truncate(broken);
        Files.delete(storeDir.resolve("index.json"));
        List<String> notices = new ArrayList<>();
        // hold the lock as another process's writer would, without opening (and so repairing) the store
        try (StoreLock held = StoreLock.tryAcquire(storeDir);
             ReportStore reader = ReportStore.openReadOnly(storeDir, notices::add)) {
            assertTrue(held != null);
            assertEquals(List.of(ids.get(1), ids.get(2)), reader.list().stream().map(ReportSummary::id).toList());
        }
        assertTrue(Files.isRegularFile(broken), "not moved while another writer works on the store");
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("skipped unreadable report file " + broken), notices.toString());
        assertTrue(notices.get(1).endsWith("the next ingest or reindex saves a new one"), notices.toString());
    }

    @Test
    void anIndexWithAnEntryWithoutIdIsRebuiltNotACrash() throws IOException {
        Path storeDir = tmp.resolve("store");
        threeReports(storeDir);
        Files.writeString(storeDir.resolve("index.json"), "{\"version\":1,\"reports\":[{\"title\":\"x\"}]}");
        try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
            assertEquals(3, reader.size());
        }
    }

    @Test
    void fileHashesMapTheRawBytesOfEveryStoredFileToItsReport() throws Exception {
        Path storeDir = tmp.resolve("store");
        List<String> ids = threeReports(storeDir);
        try (ReportStore reader = ReportStore.openReadOnly(storeDir)) {
            Map<String, String> hashes = reader.fileHashes();
            assertEquals(3, hashes.size());
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(tmp.resolve("a.txt"))));
            assertEquals(ids.get(0), hashes.get(sha));
            assertEquals(java.util.Set.copyOf(ids), reader.ids());
        }
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void readingAMissingStoreGivesAnEmptyList() {
        try (ReportStore reader = ReportStore.openReadOnly(tmp.resolve("nowhere"))) {
            assertTrue(reader.list().isEmpty());
            assertTrue(reader.find("abcd").isEmpty());
        }
    }
}
