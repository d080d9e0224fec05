package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.testing.SharedData;

/**
 * Issue 9, field limits, through the CLI: an over-long {@code --org} or a year out of range is a usage error before
 * anything is written; an over-long sidecar value fails only its file; control characters never reach the store.
 */
class MetadataLimitsCommandTest {
    private static final String REPORT = "2021-巡察整改进展情况.txt";

    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir);
    }

    /** Issue 9: a 40k-character {@code --org} was stored, then failed indexing with "immense term", exit 1. */
    @Test
    void aFortyThousandCharacterOrgIsAShortUsageErrorAndNothingIsWritten() throws IOException {
        Path in = Files.copy(SharedData.example(REPORT), dir.resolve("r.txt"));
        CliRunner.Result r = cli().run("ingest", "--store", "store", "--org", "某".repeat(40_000), in.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals("reportminer: --org has 40000 characters; at most 100 are allowed", r.err().strip());
        assertEquals("", r.out());
        assertFalse(Files.exists(dir.resolve("store")), "nothing may be written on a usage error");
    }

    @Test
    void aYearOf99999IsAUsageError() throws IOException {
        Path in = Files.copy(SharedData.example(REPORT), dir.resolve("r.txt"));
        CliRunner.Result r = cli().run("ingest", "--store", "store", "--year", "99999", in.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals("reportminer: --year 99999 is not a plausible report year (1949-"
                + (Year.now(ZoneOffset.UTC).getValue() + 1) + ")", r.err().strip());
        assertFalse(Files.exists(dir.resolve("store")));
    }

    /**
     * Issue 9: a 40k-character kind in a sidecar failed indexing ("immense term", exit 1) with the report stored but
     * not searchable. Now that file fails on one line (exit 3) and the other file in the run is stored and found.
     */
    @Test
    void aFortyThousandCharacterKindInASidecarFailsOnlyThatFileOnOneLine() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SharedData.example(REPORT), in.resolve("bad.txt"));
        Files.writeString(in.resolve("bad.txt.meta.json"), "{\"kind\":\"" + "类".repeat(40_000) + "\"}");
        Files.copy(SharedData.example("2022-党风廉政建设责任制报告.gbk.txt"), in.resolve("good.txt"));
        CliRunner.Result r = cli().run("ingest", "--store", "store", "in");
        assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("reportminer: ")).toList();
        assertEquals(List.of("reportminer: " + in.resolve("bad.txt")
                + ": bad sidecar bad.txt.meta.json: kind has 40000 characters; at most 100 are allowed"), errors);
        assertTrue(r.err().length() < 400, "no 40k echo: " + r.err().length() + " chars");
        assertTrue(r.out().contains("1 added, 0 unchanged, 0 replaced, 0 duplicates, 1 failed"), r.out());

        CliRunner.Result search = cli().run("search", "--store", "store", "--json", "--level", "report", "意识形态");
        assertEquals(0, search.exitCode(), search.toString());
        assertEquals(1, SharedStore.json(search.out()).get("total").asInt(), "the good file is indexed");
    }

    @Test
    void aSidecarTitleAndOrgWithControlCharactersAreStoredAndSearchableAsOneCleanLine() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SharedData.example(REPORT), in.resolve("r.txt"));
        Files.writeString(in.resolve("r.txt.meta.json"),
                "{\"title\":\"\\u001b[31m整改\\u0007报告\\r\\n第二稿\\u009b\",\"org\":\"青禾市\\t某局\\u0000\"}");
        CliRunner.Result r = cli().run("ingest", "--store", "store", "--json", "in");
        assertEquals(0, r.exitCode(), r.toString());
        String id = SharedStore.json(r.out()).get("reports").get(0).get("id").asText();
        JsonNode shown = SharedStore.json(cli().run("show", "--store", "store", "--json", id).out());
        assertEquals("整改报告 第二稿", shown.get("title").asText());
        assertEquals("青禾市 某局", shown.get("org").asText());
        CliRunner.Result byOrg = cli().run("search", "--store", "store", "--json", "--level", "report", "--org",
                "青禾市 某局");
        assertEquals(1, SharedStore.json(byOrg.out()).get("total").asInt(), byOrg.toString());
    }

    /** A report without a title line is titled by its file name, and a file name may hold any byte but / and NUL. */
    @Test
    void aTitleTakenFromAFileNameWithEscapeCodesAndALineBreakIsOneCleanLine() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SharedData.fixture("seed000.gbk.txt"), in.resolve("整改\u001b[31m报告\n附件.txt"));
        CliRunner.Result r = cli().run("ingest", "--store", "store", "--json", "in");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("整改报告 附件", SharedStore.json(r.out()).get("reports").get(0).get("title").asText());
    }
}
