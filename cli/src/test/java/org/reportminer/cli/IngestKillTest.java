package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.write.IndexDamage;
import org.reportminer.index.write.IndexedReports;

/**
 * Issue 9, "reports silently missing from search after any interrupted ingest": a 200-file ingest killed midway
 * left {@code list} at 200 reports and {@code stats} at 68–197 after the next run, and a killed run that replaced
 * 48 changed files left search returning the 48 old versions for good.
 *
 * <p>Like Lucene's TestIndexWriterOnJRECrash, this forks real JVMs running {@link Main} and kills them (SIGKILL) at
 * several moments: during start-up, inside the first commit batch, after a batch was committed, and twice while
 * changed files replace their old versions. Each kill must leave an index whose last commit is intact; one more
 * {@code ingest} in-process must then make {@code list}, {@code stats} and search agree on the same 200 ids, with
 * none of the replaced versions searchable.
 */
class IngestKillTest {
    private static final int FILES = 200;
    private static final int CHANGED = 48;
    private static final long CHILD_TIMEOUT_SECONDS = 90;

    @TempDir
    Path dir;

    private Path in;
    private Path store;
    private long startedAt;

    private static String body(int i, boolean revised) {
        return "青禾市第" + i + "单位2022年巡察整改进展情况\n一、整改工作基本情况\n市委巡察组反馈意见指出存在3个方面"
                + (i % 9 + 2) + "项问题。\n二、反馈意见整改落实情况\n（一）“落实全面从严治党责任不够有力”方面\n"
                + "管党治党责任落实有差距\n整改情况：①制定责任清单" + i + "项，已完成。②开展谈话" + (i + 3) + "次。\n"
                + (revised ? "③新增修订条款落实情况" + i + "项，正在推进。\n" : "")
                + "（二）“基层党组织建设有短板”方面\n“三会一课”制度执行不严格\n整改情况：①检查支部" + (i % 7 + 1)
                + "个，已完成。\n";
    }

    private static String idOf(String text) throws Exception {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha).substring(0, 16);
    }

    private Process startIngest(String log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // C1 only: these runs are short, and full JIT warm-up would cost more than it saves
        return new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-Xmx1g", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--store", store.toString(), "--threads", "2", in.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile())
                .start();
    }

    /** Starts an ingest and kills it (SIGKILL) once {@code moment} holds; returns whether it was killed. */
    private boolean killWhen(String log, BooleanSupplier moment) throws Exception {
        Process child = startIngest(log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_SECONDS);
        try {
            while (child.isAlive() && System.nanoTime() < deadline) {
                if (moment.getAsBoolean()) {
                    child.destroyForcibly();
                    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
                    return true;
                }
                Thread.sleep(5);
            }
            assertFalse(child.isAlive(), "child ingest still running after " + CHILD_TIMEOUT_SECONDS + " s");
            return false;
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Set<String> storedIds() {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> s = Files.list(store.resolve("reports"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9a-f]{16}\\.json"))
                    .forEach(n -> ids.add(n.substring(0, 16)));
        } catch (IOException e) {
            // not created yet
        }
        return ids;
    }

    /** After each kill: the last commit is intact (every file checks out) and readable. */
    private void assertIndexIntact(String when) throws IOException {
        assertEquals(Optional.empty(), IndexDamage.verify(store.resolve("index")), when);
        IndexedReports.read(store.resolve("index"));
    }

    @Test
    void oneMoreIngestAfterKillsDuringIngestAndReplacementMakesListStatsAndSearchAgree() throws Exception {
        in = Files.createDirectories(dir.resolve("in"));
        store = dir.resolve("store");
        List<String> originalIds = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            String text = body(i, false);
            Files.writeString(in.resolve(String.format("r%03d.txt", i)), text, StandardCharsets.UTF_8);
            originalIds.add(idOf(text));
        }

        // 1. during start-up, before or while the store and the index are created
        startedAt = System.nanoTime();
        killWhen("kill-startup.log", () -> System.nanoTime() - startedAt > TimeUnit.MILLISECONDS.toNanos(1200));
        // 2. inside the first commit batch; 3. after at least one batch was committed
        assertTrue(killWhen("kill-first-batch.log", () -> storedIds().size() >= 20), "killed in the first batch");
        if (Files.isDirectory(store.resolve("index"))) {
            assertIndexIntact("after a kill in the first batch");
        }
        assertTrue(killWhen("kill-later-batch.log", () -> storedIds().size() >= 120), "killed after a commit");
        assertIndexIntact("after a kill after a commit");
        assertTrue(storedIds().containsAll(IndexedReports.read(store.resolve("index"))),
                "adding only: the index never holds a report the store lacks");

        // 4./5. while changed files replace their old versions
        List<String> oldIds = new ArrayList<>();
        List<String> newIds = new ArrayList<>();
        for (int i = 0; i < CHANGED; i++) {
            int n = i * 4;
            String text = body(n, true);
            Files.writeString(in.resolve(String.format("r%03d.txt", n)), text, StandardCharsets.UTF_8);
            oldIds.add(originalIds.get(n));
            newIds.add(idOf(text));
        }
        assertTrue(killWhen("kill-replacing.log", () -> newIds.stream().filter(storedIds()::contains).count() >= 15), "killed while replacing");
        assertIndexIntact("after a kill while replacing");
        assertTrue(IndexedReports.read(store.resolve("index")).stream().anyMatch(id -> !storedIds().contains(id)),
                "the state of the issue: the index still holds replaced versions");
        assertTrue(killWhen("kill-replacing-again.log", () -> newIds.stream().filter(storedIds()::contains).count() >= 45), "killed while replacing again");
        assertIndexIntact("after a second kill while replacing");

        CliRunner cli = new CliRunner(dir);
        CliRunner.Result last = cli.run("ingest", "--store", "store", "--json", "in");
        assertEquals(0, last.exitCode(), last.toString());
        assertEquals(FILES, SharedStore.json(last.out()).get("reports").size());

        Set<String> expected = new HashSet<>(originalIds);
        oldIds.forEach(expected::remove);
        expected.addAll(newIds);
        Set<String> listed = new HashSet<>();
        SharedStore.json(cli.run("list", "--store", "store", "--json").out()).forEach(s -> listed.add(s.get("id").asText()));
        assertEquals(expected, listed, "list");

        JsonNode stats = SharedStore.json(cli.run("stats", "--store", "store", "--json").out());
        assertEquals(FILES, stats.get("reports").get("total").asInt(), "stats");
        assertTrue(stats.get("consistency").get("inStep").asBoolean(), stats.get("consistency").toString());

        CliRunner.Result all = cli.run("search", "--store", "store", "--json", "--level", "report", "--limit",
                String.valueOf(2 * FILES));
        assertEquals(0, all.exitCode(), all.toString());
        Set<String> searchable = new HashSet<>();
        SharedStore.json(all.out()).get("hits").forEach(h -> searchable.add(h.get("reportId").asText()));
        assertEquals(expected, searchable, "search");

        CliRunner.Result revised = cli.run("search", "--store", "store", "--json", "--level", "report", "--limit",
                String.valueOf(2 * FILES), "新增修订条款");
        Set<String> revisedHits = new HashSet<>();
        SharedStore.json(revised.out()).get("hits").forEach(h -> revisedHits.add(h.get("reportId").asText()));
        assertEquals(Set.copyOf(newIds), revisedHits, "every new version and no old one is found by its new words");
        assertFalse(Files.exists(store.resolve("quarantine")), "no kill left a half-written report file");
    }
}
