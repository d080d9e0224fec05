package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.testing.SharedData;

/** {@code reportminer stats} and {@code reindex} on a store of their own (reindex rewrites the index). */
class StatsReindexCommandTest {
    @TempDir
    static Path dir;

    private static int findings;
    private static int measures;
    private static int counts;

    @BeforeAll
    static void ingestTwoReports() {
        CliRunner.Result r = cli().run("ingest", "--store", "store", "--json",
                SharedData.fixture("seed001.docx").toString(), SharedData.example("2021-巡察整改进展情况.txt").toString());
        assertEquals(0, r.exitCode(), r.toString());
        for (JsonNode row : SharedStore.json(r.out()).get("reports")) {
            findings += row.get("findings").asInt();
            measures += row.get("measures").asInt();
            counts += row.get("counts").asInt();
        }
    }

    private static CliRunner cli() {
        return new CliRunner(dir).env("REPORTMINER_HOME", "store");
    }

    @Test
    void statsJsonCountsEveryLevelByYearOrgAndKind() {
        CliRunner.Result r = cli().run("stats", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = SharedStore.json(r.out());
        assertEquals(2, s.get("reports").get("total").asInt());
        assertEquals(findings, s.get("findings").get("total").asInt());
        assertEquals(measures, s.get("measures").get("total").asInt());
        assertEquals(counts, s.get("counts").get("total").asInt());
        assertEquals(38, measures, "the 2021 example states and has 38 measures; seed 001 has none");
        JsonNode byYear = s.get("reports").get("byYear");
        assertEquals(1, byYear.get("2021").asInt());
        assertEquals(1, byYear.get("2023").asInt());
        assertEquals(1, s.get("reports").get("byOrg").get("XX侨联").asInt());
        assertEquals(1, s.get("reports").get("byOrg").get("青禾市文化和旅游局").asInt());
        assertEquals(38, s.get("measures").get("byOrg").get("青禾市文化和旅游局").asInt());
        assertTrue(s.get("sections").get("total").asInt() > 0);
    }

    @Test
    void statsTableHasOneRowPerLevel() {
        CliRunner.Result r = cli().run("stats");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("reports\\s+2\\s.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("measures\\s+38\\s.*")), r.out());
    }

    @Test
    void deletingTheIndexBreaksSearchAndReindexRestoresTheSameCounts() throws IOException {
        JsonNode statsBefore = SharedStore.json(cli().run("stats", "--json").out());
        JsonNode searchBefore = SharedStore.json(cli().run("search", "--json", "一岗双责").out());
        assertTrue(searchBefore.get("total").asInt() > 0);

        SharedStore.deleteTree(dir.resolve("store/index"));
        CliRunner.Result gone = cli().run("search", "一岗双责");
        assertEquals(ExitCodes.INPUT_PROBLEMS, gone.exitCode(), gone.toString());
        assertEquals("reportminer: no index at " + dir.resolve("store/index")
                + "; ingest reports first (reportminer ingest PATH) or run reportminer reindex", gone.err().strip());

        CliRunner.Result re = cli().run("reindex");
        assertEquals(0, re.exitCode(), re.toString());
        assertEquals("reindexed 2 reports into store/index", re.out().strip());

        assertEquals(statsBefore, SharedStore.json(cli().run("stats", "--json").out()));
        JsonNode searchAfter = SharedStore.json(cli().run("search", "--json", "一岗双责").out());
        assertEquals(searchBefore.get("total"), searchAfter.get("total"));
        assertEquals(searchBefore.get("hits").get(0).get("text"), searchAfter.get("hits").get(0).get("text"));
    }

    @Test
    void anIndexFolderWithoutAnIndexIsAOneLineErrorNotAnInternalOne() throws IOException {
        // a store (reports/ exists, since issue 9 readers refuse anything else) whose index folder holds no index
        Files.createDirectories(dir.resolve("hollow/reports"));
        Files.createDirectories(dir.resolve("hollow/index"));
        Files.createDirectories(dir.resolve("hollow/reports"));
        CliRunner.Result stats = cli().run("stats", "--store", "hollow");
        CliRunner.Result search = cli().run("search", "--store", "hollow", "整改");
        for (CliRunner.Result r : new CliRunner.Result[] {stats, search}) {
            assertEquals(ExitCodes.INPUT_PROBLEMS, r.exitCode(), r.toString());
            assertEquals(1, r.err().lines().count(), r.toString());
            assertTrue(r.err().contains(dir.resolve("hollow/index") + ": no index here; ingest or reindex first"),
                    r.toString());
            assertFalse(r.err().contains("internal error"), r.toString());
        }
    }

    @Test
    void aMissingSynonymFileIsAUsageError() {
        CliRunner.Result r = cli().run("search", "--synonyms", "no-such.txt", "整改");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals("reportminer: --synonyms " + dir.resolve("no-such.txt") + ": no such file", r.err().strip());
    }
}
