package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.ingest.IngestOptions;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.index.write.ReportIndexer;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;

/**
 * Issue 9, "reports silently missing from search": after an interrupted run the store held reports the index
 * lacked (and the index reports the store had replaced), re-ingest called them unchanged, and nothing told the
 * user. Here the interrupted state is made directly on the store and the index; {@link IngestKillTest} makes it by
 * killing real processes. Also: truncation shows in ingest's table and summary.
 */
class IndexConsistencyTest {
    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        return new CliRunner(dir).run(args);
    }

    private Path write(String name, String body) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file;
    }

    private static String report(String org, String problem, String measure) {
        return org + "2022年巡察整改进展情况\n一、整改工作基本情况\n巡察组反馈意见指出存在2个方面3项问题。\n"
                + "二、反馈意见整改落实情况\n（一）“落实全面从严治党责任不够有力”方面\n" + problem + "\n整改情况：①" + measure
                + "，已完成。\n";
    }

    private String idOf(String fileName) {
        try (ReportStore store = ReportStore.openReadOnly(dir.resolve("store"))) {
            return store.findSummary(dir.resolve("in").resolve(fileName).toString()).orElseThrow().id();
        }
    }

    private int hits(String query) {
        CliRunner.Result r = run("search", "--store", "store", "--json", "--level", "report", query);
        assertEquals(0, r.exitCode(), r.toString());
        return SharedStore.json(r.out()).get("total").asInt();
    }

    @Test
    void statsSaysWhenTheIndexLagsTheStoreAndTheNextIngestBringsItInStep() throws IOException {
        write("a.txt", report("青禾市甲局", "公务接待审批不严格", "修订接待办法"));
        write("b.txt", report("青禾市乙局", "档案室漏雨受潮严重", "维修档案库房"));
        write("c.txt", report("青禾市丙局", "食堂采购台账缺失", "建立采购台账"));
        CliRunner.Result first = run("ingest", "--store", "store", "in");
        assertEquals(0, first.exitCode(), first.toString());
        String b = idOf("b.txt");
        String c = idOf("c.txt");
        // An interrupted run: b stored but its indexing never committed; c replaced in the store, its entry left.
        try (ReportIndexer indexer = ReportIndexer.open(dir.resolve("store/index"),
                new HanlpSegmenter(DomainTerms.builtIn()))) {
            indexer.deleteReport(b);
            indexer.commit();
        }
        try (ReportStore store = ReportStore.openForWrite(dir.resolve("store"))) {
            store.remove(c);
        }
        assertEquals(0, hits("漏雨受潮"), "b is not searchable");
        assertEquals(1, hits("采购台账"), "c is searchable though no longer stored");

        CliRunner.Result stats = run("stats", "--store", "store");
        assertEquals(0, stats.exitCode(), stats.toString());
        assertTrue(stats.out().contains("index lags the store: 1 stored report is not searchable, 1 indexed report is"
                + " no longer in the store — run `reportminer reindex`, or ingest again, to bring the index up to date"),
                stats.toString());
        JsonNode consistency = SharedStore.json(run("stats", "--store", "store", "--json").out()).get("consistency");
        assertEquals(1, consistency.get("notSearchable").asInt(), consistency.toString());
        assertEquals(1, consistency.get("noLongerStored").asInt(), consistency.toString());
        assertEquals(2, consistency.get("storedReports").asInt(), consistency.toString());
        assertFalse(consistency.get("inStep").asBoolean());

        CliRunner.Result again = run("ingest", "--store", "store", "in/a.txt", "in/b.txt");
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().contains("0 added, 2 unchanged"), again.toString());
        assertTrue(again.out().contains("index repaired: 1 missing report indexed, 1 stale entry removed"),
                again.toString());
        assertEquals(1, hits("漏雨受潮"));
        assertEquals(0, hits("采购台账"));
        CliRunner.Result after = run("stats", "--store", "store");
        assertFalse(after.out().contains("index lags"), after.toString());
        assertTrue(SharedStore.json(run("stats", "--store", "store", "--json").out()).get("consistency")
                .get("inStep").asBoolean());
    }

    @Test
    void ingestingOneFolderAlsoIndexesStoredReportsOfOtherFoldersTheIndexLacks() throws IOException {
        write("a.txt", report("青禾市甲局", "公务接待审批不严格", "修订接待办法"));
        assertEquals(0, run("ingest", "--store", "store", "in/a.txt").exitCode());
        SharedStore.deleteTree(dir.resolve("store/index"));
        write("b.txt", report("青禾市乙局", "档案室漏雨受潮严重", "维修档案库房"));
        CliRunner.Result r = run("ingest", "--store", "store", "--json", "in/b.txt");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode repaired = SharedStore.json(r.out()).get("indexRepaired");
        assertEquals(1, repaired.get("indexed").asInt(), r.out());
        assertEquals(1, hits("接待审批"));
    }

    @Test
    void truncatedTextShowsInTheTableAndTheSummary() throws IOException {
        write("long.txt", report("青禾市甲局", "公务接待审批不严格", "修订接待办法") + "下一步工作打算。".repeat(100));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnv env = new CliEnv(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), dir, false);
        IngestOptions smallLimit = new IngestOptions(IngestOptions.DEFAULT_MAX_BYTES, 300, Duration.ofSeconds(60));
        int code = CommandLineFactory.create(env, new Services(env, smallLimit))
                .execute("ingest", "--store", "store", "in/long.txt");
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().lines().anyMatch(l -> l.matches("[0-9a-f]{16}\\s+added \\(truncated\\)\\s.*")),
                out.toString());
        assertTrue(out.toString().contains("1 added, 0 unchanged, 0 replaced, 0 duplicates, 0 failed, 1 truncated"
                + " — store store"), out.toString());

        StringWriter json = new StringWriter();
        CliEnv jsonEnv = new CliEnv(new PrintWriter(json, true), new PrintWriter(err, true), Map.of(), dir, false);
        CommandLineFactory.create(jsonEnv, new Services(jsonEnv, smallLimit))
                .execute("ingest", "--store", "store", "--json", "in/long.txt");
        JsonNode s = SharedStore.json(json.toString());
        assertEquals(1, s.get("truncated").asInt(), json.toString());
        assertTrue(s.get("reports").get(0).get("truncated").asBoolean());
    }
}
