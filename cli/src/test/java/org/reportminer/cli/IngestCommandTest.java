package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.corpus.testing.SharedData;

/**
 * {@code reportminer ingest} run in-process on a folder of real reports mixed with bad files: exit codes, the
 * one-line errors on stderr, the summary on stdout and the JSON summary.
 */
class IngestCommandTest {
    private static final String[] GOOD = {"seed001.docx", "seed000.gbk.txt", "2021-巡察整改进展情况.txt",
        "2022-党风廉政建设责任制报告.gbk.txt"};

    @TempDir
    static Path dir;

    private static CliRunner.Result first;

    @BeforeAll
    static void ingestAFolderWithGoodAndBadFiles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SharedData.fixture("seed001.docx"), in.resolve("seed001.docx"));
        Files.copy(SharedData.fixture("seed000.gbk.txt"), in.resolve("seed000.gbk.txt"));
        Files.copy(SharedData.example("2021-巡察整改进展情况.txt"), in.resolve("2021-巡察整改进展情况.txt"));
        Files.copy(SharedData.example("2022-党风廉政建设责任制报告.gbk.txt"), in.resolve("2022-党风廉政建设责任制报告.gbk.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(in.resolve("random.txt"), noise);
        Files.writeString(in.resolve("ignored.xyz"), "a folder walk skips types it cannot read");
        Files.writeString(dir.resolve("named.xyz"), "named explicitly, so it must be reported");
        first = cli().run("ingest", "--store", "store", "in", "named.xyz");
    }

    private static CliRunner cli() {
        return new CliRunner(dir);
    }

    private static List<String> errorLines(String err) {
        return err.lines().filter(l -> l.startsWith("reportminer: ")).toList();
    }

    @Test
    void aBatchWithBadFilesExitsThreeAndNamesEachBadFileOnceWithItsReason() {
        assertEquals(ExitCodes.INPUT_PROBLEMS, first.exitCode(), first.toString());
        List<String> errors = errorLines(first.err());
        assertEquals(3, errors.size(), first.toString());
        Path in = dir.resolve("in");
        assertOneLine(errors, in.resolve("empty.txt") + ": empty file");
        assertOneLine(errors, in.resolve("random.txt") + ": binary content, not text");
        assertOneLine(errors, dir.resolve("named.xyz") + ": unsupported file type .xyz");
        assertFalse(first.err().contains("ignored.xyz"), "a folder walk skips unsupported types silently\n" + first);
        assertFalse(first.err().contains("Exception"), first.toString());
        assertFalse(first.err().contains("\tat "), first.toString());
    }

    private static void assertOneLine(List<String> errors, String expected) {
        assertEquals(1, errors.stream().filter(l -> l.contains(expected)).count(),
                "expected one stderr line containing '" + expected + "' in " + errors);
    }

    @Test
    void theGoodFilesAreIngestedAndTheSummaryListsTheFailures() {
        String out = first.out();
        assertTrue(out.contains("4 added, 0 unchanged, 0 replaced, 0 duplicates, 3 failed — store store"),
                first.toString());
        assertTrue(out.contains("failed: " + dir.resolve("in/empty.txt") + ": empty file (0 bytes) [EMPTY]"), out);
        assertTrue(out.contains("failed: " + dir.resolve("in/random.txt") + ": binary content"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("failed: " + dir.resolve("named.xyz"))
                && l.endsWith("[UNSUPPORTED_TYPE]")), out);
        List<String> addedYears = out.lines().filter(l -> l.matches("[0-9a-f]{16}\\s+added\\s+\\d{4}\\s.*"))
                .map(l -> l.split("\\s+")[2]).sorted().toList();
        assertEquals(List.of("2021", "2021", "2022", "2023"), addedYears, out);
        CliRunner.Result list = cli().run("list", "--store", "store");
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().contains("4 reports in store"), list.toString());
    }

    @Test
    void theJsonSummaryParsesAndCountsAddedUnchangedAndFailed() {
        CliRunner.Result r = cli().run("ingest", "--store", "store", "--json", "in");
        assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
        JsonNode s = SharedStore.json(r.out());
        assertEquals(0, s.get("added").asInt());
        assertEquals(4, s.get("unchanged").asInt());
        assertEquals(0, s.get("replaced").asInt());
        assertEquals(0, s.get("duplicates").asInt());
        assertEquals(2, s.get("failed").asInt());
        assertEquals(4, s.get("reports").size());
        List<String> kinds = new ArrayList<>();
        s.get("problems").forEach(p -> kinds.add(p.get("kind").asText()));
        assertEquals(List.of("EMPTY", "BINARY"), kinds);
        assertEquals(dir.resolve("in/empty.txt").toString(), s.get("problems").get(0).get("source").asText());
        JsonNode seed1 = find(s.get("reports"), "seed001.docx");
        assertEquals(2023, seed1.get("year").asInt());
        assertEquals("XX侨联2023年党风廉政建设责任制报告", seed1.get("title").asText());
        assertTrue(seed1.get("counts").asInt() > 0, seed1.toString());
    }

    @Test
    void reIngestingTheGoodFilesChangesNothingAndExitsZero() {
        String[] args = new String[GOOD.length + 4];
        args[0] = "ingest";
        args[1] = "--store";
        args[2] = "store";
        args[3] = "--json";
        for (int i = 0; i < GOOD.length; i++) {
            args[4 + i] = "in/" + GOOD[i];
        }
        CliRunner.Result r = cli().run(args);
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = SharedStore.json(r.out());
        assertEquals(0, s.get("added").asInt());
        assertEquals(4, s.get("unchanged").asInt());
        assertEquals(0, s.get("failed").asInt());
        s.get("reports").forEach(row -> assertEquals("unchanged", row.get("outcome").asText(), row.toString()));
        assertTrue(errorLines(r.err()).isEmpty(), r.toString());
    }

    @Test
    void theSameTextInAnotherFormatIsADuplicateOfTheStoredReport() {
        String gbkId = find(SharedStore.json(cli().run("ingest", "--store", "store", "--json",
                "in/2022-党风廉政建设责任制报告.gbk.txt").out()).get("reports"), ".gbk.txt").get("id").asText();
        CliRunner.Result r = cli().run("ingest", "--store", "store", "--json",
                SharedData.example("2022-党风廉政建设责任制报告.docx").toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = SharedStore.json(r.out());
        assertEquals(1, s.get("duplicates").asInt(), r.out());
        assertEquals(0, s.get("added").asInt(), r.out());
        JsonNode row = s.get("reports").get(0);
        assertEquals("duplicate", row.get("outcome").asText());
        assertEquals(gbkId, row.get("duplicateOf").asText());
        assertNotEquals(gbkId, row.get("id").asText(), "the docx has other bytes, so another content hash");
    }

    @Test
    void anImplausibleYearIsAUsageErrorOnOneLine() {
        CliRunner.Result r = cli().run("ingest", "--store", "store2", "--year", "1800", "in/seed001.docx");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals("reportminer: --year 1800 is not a plausible report year (1949-"
                + (java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1) + ")", r.err().strip());
        assertEquals("", r.out());
        assertFalse(Files.exists(dir.resolve("store2")), "nothing may be written on a usage error");
    }

    @Test
    void aMissingPathIsReportedOnOneLineAndTheOtherPathsAreStillIngested() {
        CliRunner.Result r = cli().run("ingest", "--store", "store", "no-such-dir", "in/seed001.docx");
        assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
        assertEquals(List.of("reportminer: " + dir.resolve("no-such-dir") + ": no such file or folder"),
                errorLines(r.err()), r.toString());
        assertTrue(r.out().contains("0 added, 1 unchanged, 0 replaced, 0 duplicates, 1 failed"), r.toString());
        assertTrue(r.out().contains("failed: " + dir.resolve("no-such-dir") + ": no such file or folder [IO]"), r.out());
    }

    @Test
    void onlyMissingPathsExitThreeWithoutCreatingAStore() {
        CliRunner.Result r = cli().run("ingest", "--store", "store3", "--json", "nope.txt");
        assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
        assertEquals(1, errorLines(r.err()).size(), r.toString());
        assertEquals(1, SharedStore.json(r.out()).get("failed").asInt());
        assertFalse(Files.exists(dir.resolve("store3")));
    }

    @Test
    void aSecondWriterIsRefusedWithOneLineNamingTheLockAndNoStackTrace() {
        Path storeDir = dir.resolve("store");
        CliRunner.Result r;
        CliRunner.Result reindex;
        try (ReportStore holder = ReportStore.openForWrite(storeDir)) {
            r = cli().run("ingest", "--store", "store", "in/seed001.docx");
            reindex = cli().run("reindex", "--store", "store");
        }
        for (CliRunner.Result x : List.of(r, reindex)) {
            assertEquals(ExitCodes.USAGE, x.exitCode(), "a locked store is the user's to wait for\n" + x);
            List<String> lines = x.err().lines().toList();
            assertEquals(1, lines.size(), x.toString());
            assertTrue(lines.get(0).startsWith("reportminer: store is in use by another writer"), x.toString());
            assertTrue(lines.get(0).contains(storeDir.resolve(ReportStore.LOCK_FILE).toString()), x.toString());
            assertFalse(lines.get(0).contains("internal error"), x.toString());
        }
        CliRunner.Result after = cli().run("ingest", "--store", "store", "in/seed001.docx");
        assertEquals(0, after.exitCode(), "the lock is free again once its holder closed\n" + after);
    }

    @Test
    void metadataComesFromTheCommandLineOrFromASidecarBesideTheFile() throws IOException {
        Path side = Files.createDirectories(dir.resolve("side"));
        Files.copy(SharedData.example("2021-巡察整改进展情况.txt"), side.resolve("r.txt"));
        Files.writeString(side.resolve("r.txt.meta.json"), "{\"org\":\"青禾市某局\",\"year\":2020}");
        CliRunner.Result viaSidecar = cli().run("ingest", "--store", "meta1", "--json", "side");
        assertEquals(0, viaSidecar.exitCode(), viaSidecar.toString());
        JsonNode row = SharedStore.json(viaSidecar.out()).get("reports").get(0);
        assertEquals(1, SharedStore.json(viaSidecar.out()).get("reports").size(), "the sidecar is not a report");
        assertEquals(2020, row.get("year").asInt());
        JsonNode shown = SharedStore.json(cli().run("show", "--store", "meta1", "--json", row.get("id").asText()).out());
        assertEquals("青禾市某局", shown.get("org").asText());

        CliRunner.Result viaOptions = cli().run("ingest", "--store", "meta2", "--json", "--org", "某县侨联", "--year",
                "2019", "--kind", "工作总结", "in/seed001.docx");
        assertEquals(0, viaOptions.exitCode(), viaOptions.toString());
        String id = SharedStore.json(viaOptions.out()).get("reports").get(0).get("id").asText();
        JsonNode d = SharedStore.json(cli().run("show", "--store", "meta2", "--json", id).out());
        assertEquals("某县侨联", d.get("org").asText());
        assertEquals(2019, d.get("year").asInt());
        assertEquals("工作总结", d.get("kind").asText());
    }

    private static JsonNode find(JsonNode reports, String sourceSuffix) {
        for (JsonNode r : reports) {
            if (r.get("source").asText().endsWith(sourceSuffix)) {
                return r;
            }
        }
        throw new AssertionError("no report from *" + sourceSuffix + " in " + reports);
    }
}
